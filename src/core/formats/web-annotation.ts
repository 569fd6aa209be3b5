/** W3C Web Annotation JSON-LD: one annotation per claim, anchored by quote and by position. */
import { articleOf, orderedClaims } from './paragraphs.ts';
import { isHttpUrl, isoTime } from './text-utils.ts';
import { TEXT_CHANGED, textChanged, type ClaimData, type ReviewData } from './types.ts';

/** The JSON-LD context of the Web Annotation Data Model. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** A body: a TextualBody (tag, comment, description) or a linked web resource. */
export type AnnotationBody =
  | {
      type: 'TextualBody';
      purpose: 'tagging' | 'commenting' | 'describing';
      value: string;
      format?: string;
    }
  | { id: string; purpose: 'linking' };

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
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

/**
 * Annotations for the review's claims. A claim with a status is 'assessing' and carries the status as a
 * tag; one with only a note is 'commenting'. Evidence that is a web address becomes a linked body.
 */
export function webAnnotations(review: ReviewData): WebAnnotation[] {
  return orderedClaims(review).map((claim): WebAnnotation => {
    const article = articleOf(review.articles, claim);
    const source =
      article && isHttpUrl(article.url)
        ? article.url
        : `urn:crosscheck:article:${encodeURIComponent(claim.articleId)}`;
    const created = isoTime(claim.createdAt);
    const modified = isoTime(claim.updatedAt);
    return {
      '@context': ANNO_CONTEXT,
      id: `urn:crosscheck:claim:${encodeURIComponent(claim.id)}`,
      type: 'Annotation',
      motivation: claim.status === null ? 'commenting' : 'assessing',
      ...(created ? { created } : {}),
      ...(modified ? { modified } : {}),
      body: bodies(claim),
      target: {
        source,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: claim.anchor.quote,
            prefix: claim.anchor.prefix,
            suffix: claim.anchor.suffix,
          },
          { type: 'TextPositionSelector', start: claim.anchor.start, end: claim.anchor.end },
        ],
      },
    };
  });
}

function bodies(claim: ClaimData): AnnotationBody[] {
  const out: AnnotationBody[] = [];
  if (claim.status !== null)
    out.push({ type: 'TextualBody', purpose: 'tagging', value: claim.status });
  if (textChanged(claim)) {
    out.push({ type: 'TextualBody', purpose: 'tagging', value: TEXT_CHANGED });
    out.push({
      type: 'TextualBody',
      purpose: 'describing',
      value: `Quote when checked: ${claim.checkedQuote}`,
      format: 'text/plain',
    });
  }
  if (claim.note.trim() !== '')
    out.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: claim.note,
      format: 'text/plain',
    });
  for (const e of claim.evidence) {
    if (isHttpUrl(e.trim())) out.push({ id: e.trim(), purpose: 'linking' });
    else out.push({ type: 'TextualBody', purpose: 'describing', value: e, format: 'text/plain' });
  }
  return out;
}
