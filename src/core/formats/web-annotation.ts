/**
 * W3C Web Annotation JSON-LD: an AnnotationCollection of one annotation per claim. Each targets the
 * article's web address with a TextQuoteSelector (exact, prefix, suffix), which an annotation
 * reader anchors on the live page, and a TextPositionSelector into the text Crosscheck holds.
 */
import { sentenceFinder } from './claim-sentence.ts';
import { STATUS_LABELS } from './markdown-report.ts';
import { articleOf, orderedClaims } from './paragraphs.ts';
import { exportedStatus, IN_DISAGREEMENT, type TeamExport } from './team-export.ts';
import { charCount, isHttpUrl, isoTime } from './text-utils.ts';
import { TEXT_CHANGED, textChanged, type ClaimData, type ReviewData } from './types.ts';

/** The JSON-LD context of the Web Annotation Data Model. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Longest prefix or suffix written, in characters (as Hypothesis records them). */
export const CONTEXT_MAX = 32;

/** A body: a TextualBody (verdict, tag, note, description) or a linked web resource. */
export type AnnotationBody =
  | {
      type: 'TextualBody';
      purpose: 'assessing' | 'tagging' | 'commenting' | 'describing';
      value: string;
      format?: string;
    }
  | { type: 'SpecificResource'; purpose: 'linking'; source: string };

/** A person, organization or program, as the model describes agents. */
export interface Agent {
  id?: string;
  type: 'Person' | 'Organization' | 'Software';
  name: string;
  homepage?: string;
}

type QuoteSelector = { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
type PositionSelector = { type: 'TextPositionSelector'; start: number; end: number };

/** One annotation of the Web Annotation Data Model, as written here. */
export interface WebAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'assessing' | 'commenting';
  created?: string;
  modified?: string;
  body: AnnotationBody[];
  target: {
    source: string;
    selector: [QuoteSelector] | [QuoteSelector, PositionSelector];
  };
}

/** An AnnotationCollection with its one page of annotations embedded as `first`. */
export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  creator: Agent;
  generator: Agent;
  generated?: string;
  first: {
    id: string;
    type: 'AnnotationPage';
    startIndex: 0;
    items: Omit<WebAnnotation, '@context'>[];
  };
}

/** Who made the collection and with what; `now` stamps it as generated. */
export interface CollectionOptions {
  creator?: Agent;
  /** Where this copy of Crosscheck runs, for the generator's homepage. */
  homepage?: string;
  now?: number;
  /** A shared review's team verdicts: each claim carries its final verdict, or none while disputed. */
  team?: TeamExport;
}

const urn = (kind: string, id: string) => `urn:crosscheck:${kind}:${encodeURIComponent(id)}`;

/** The review's claims as an AnnotationCollection a Web Annotation reader can load. */
export function annotationCollection(
  review: ReviewData,
  options: CollectionOptions = {},
): AnnotationCollection {
  const items = webAnnotations(review, options.team).map(({ '@context': _, ...rest }) => rest);
  const publisher = review.publishing?.publisher.trim() ?? '';
  const id = urn('review', review.id);
  const generated = options.now === undefined ? '' : isoTime(options.now);
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: review.name.trim() || 'Crosscheck review',
    total: items.length,
    creator:
      options.creator ??
      (publisher
        ? { type: 'Organization', name: publisher }
        : { type: 'Person', name: 'Crosscheck reviewer' }),
    generator: {
      type: 'Software',
      name: 'Crosscheck',
      ...(options.homepage && isHttpUrl(options.homepage) ? { homepage: options.homepage } : {}),
    },
    ...(generated ? { generated } : {}),
    first: { id: `${id}:page:1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/**
 * Annotations for the review's claims. A claim with a status is 'assessing' and carries the
 * verdict (and the status as a tag); one with only a note is 'commenting'. Evidence that is a web
 * address becomes a linked body. In a shared review (team) the verdict is the final one; a claim
 * reviewers still disagree on carries no verdict, only the tag "in disagreement".
 */
export function webAnnotations(review: ReviewData, team?: TeamExport): WebAnnotation[] {
  const sentence = sentenceFinder(review.articles);
  return orderedClaims(review).map((claim): WebAnnotation => {
    const verdict = exportedStatus(claim, team);
    const article = articleOf(review.articles, claim);
    const url = article?.url.trim() ?? '';
    const source = isHttpUrl(url) ? url : urn('article', claim.articleId);
    const created = isoTime(claim.createdAt);
    const modified = isoTime(claim.updatedAt);
    const { quote, start, end } = claim.anchor;
    // Positions count code points, as the model asks, and only where the text still holds the quote.
    const text = article?.text ?? '';
    const placed = claim.anchorState !== 'orphaned' && text.slice(start, end) === quote;
    const quoteSelector: QuoteSelector = {
      type: 'TextQuoteSelector',
      exact: quote,
      prefix: context(placed ? text.slice(0, start) : claim.anchor.prefix, 'before'),
      suffix: context(placed ? text.slice(end) : claim.anchor.suffix, 'after'),
    };
    return {
      '@context': ANNO_CONTEXT,
      id: urn('claim', claim.id),
      type: 'Annotation',
      motivation: verdict === null || verdict === 'disagreement' ? 'commenting' : 'assessing',
      ...(created ? { created } : {}),
      ...(modified ? { modified } : {}),
      body: bodies(claim, verdict, sentence(claim)),
      target: {
        source,
        selector: placed
          ? [
              quoteSelector,
              {
                type: 'TextPositionSelector',
                start: charCount(text.slice(0, start)),
                end: charCount(text.slice(0, end)),
              },
            ]
          : [quoteSelector],
      },
    };
  });
}

/**
 * The text beside a quote, kept within its paragraph: on the live page, captions, ads and other
 * furniture sit between paragraphs, so context across a paragraph break would not match there.
 */
function context(text: string, side: 'before' | 'after'): string {
  const near = side === 'before' ? text.slice(-4 * CONTEXT_MAX) : text.slice(0, 4 * CONTEXT_MAX);
  const parts = near.split(/\n\s*\n/);
  const within = (side === 'before' ? parts.at(-1) : parts[0]) ?? '';
  const chars = [...within];
  return (side === 'before' ? chars.slice(-CONTEXT_MAX) : chars.slice(0, CONTEXT_MAX)).join('');
}

function bodies(
  claim: ClaimData,
  verdict: ClaimData['status'] | 'disagreement',
  sentence: string | null,
): AnnotationBody[] {
  const out: AnnotationBody[] = [];
  const plain = (purpose: 'assessing' | 'tagging' | 'commenting' | 'describing', value: string) =>
    out.push({ type: 'TextualBody', purpose, value, format: 'text/plain' });
  if (verdict === 'disagreement') {
    out.push({ type: 'TextualBody', purpose: 'tagging', value: IN_DISAGREEMENT });
    plain('describing', 'Reviewers disagree on this claim; no final verdict yet.');
  } else if (verdict !== null) {
    plain('assessing', STATUS_LABELS[verdict]);
    out.push({ type: 'TextualBody', purpose: 'tagging', value: verdict });
  }
  if (textChanged(claim)) {
    out.push({ type: 'TextualBody', purpose: 'tagging', value: TEXT_CHANGED });
    plain('describing', `Quote when checked: ${claim.checkedQuote}`);
  }
  // A phrase the reviewer selected: the sentence it sits in, which the reader needs to judge it.
  if (sentence !== null) plain('describing', `In the sentence: ${sentence}`);
  if (claim.note.trim() !== '') plain('commenting', claim.note);
  for (const e of claim.evidence) {
    if (isHttpUrl(e.trim()))
      out.push({ type: 'SpecificResource', purpose: 'linking', source: e.trim() });
    else plain('describing', e);
  }
  return out;
}
