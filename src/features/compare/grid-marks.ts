import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { counterparts, type Counterpart } from '../../core/claims/index.ts';
import type { Article } from '../../core/text/index.ts';
import { useAppStore, type Claim } from '../../store/index.ts';
import type { LinkIndex } from './grid-model.ts';

/** A span key within one article: "start-end". */
export const spanKey = (start: number, end: number) => `${start}-${end}`;
const fullKey = (articleId: string, start: number, end: number) =>
  `${articleId}\u0000${spanKey(start, end)}`;

const NO_CLAIMS: readonly Claim[] = [];

/** What a cell shows of the review's claims. */
export interface CellMarks {
  /** Sentence claims of this cell's sentences, by span key. */
  bySentence: Map<string, Claim>;
  /** Claims on selected spans (or marks that no longer fit a sentence), by paragraph index. */
  byParagraph: Map<number, Claim[]>;
  /** Each sentence's counterparts in the row's other articles, by span key. */
  partners: Map<string, Counterpart[]>;
  /** A counterpart's sentence claim, if it has one. */
  claimOf: (c: Counterpart) => Claim | undefined;
}

/**
 * The claims one grid cell shows: its own sentences' and selections', and its sentences'
 * counterparts' in the other shown articles. The store is read through a selector that keeps the
 * same claim objects (compared one by one), so a mark re-renders only the cells it concerns.
 */
export function useCellMarks(
  article: Article,
  indexes: readonly number[],
  others: readonly Article[],
  links: LinkIndex,
): CellMarks {
  const paragraphs = useMemo(
    () => indexes.flatMap((i) => (article.paragraphs[i] ? [article.paragraphs[i]] : [])),
    [article, indexes],
  );
  const partners = useMemo(() => {
    const out = new Map<string, Counterpart[]>();
    for (const p of paragraphs) {
      const found = links.of(article.id, p.index);
      p.sentences.forEach((s, k) => {
        const list = found.length ? counterparts(found, others, article.id, p.index, k) : [];
        out.set(spanKey(s.start, s.end), list);
      });
    }
    return out;
  }, [paragraphs, links, others, article.id]);
  // Spans whose claims this cell shows: its sentences' counterparts (its own are found by range).
  const wanted = useMemo(() => {
    const keys = new Set<string>();
    for (const list of partners.values())
      for (const c of list) keys.add(fullKey(c.articleId, c.start, c.end));
    return keys;
  }, [partners]);
  const picked = useAppStore(
    useShallow((s) => {
      const claims = s.reviews[s.activeReviewId]?.claims;
      if (!claims) return NO_CLAIMS;
      const out: Claim[] = [];
      for (const c of Object.values(claims)) {
        if (c.anchorState === 'orphaned') continue;
        const { start, end } = c.anchor;
        const own =
          c.articleId === article.id && paragraphs.some((p) => start >= p.start && start < p.end);
        if (own || (c.origin === 'sentence' && wanted.has(fullKey(c.articleId, start, end))))
          out.push(c);
      }
      return out;
    }),
  );
  return useMemo(() => {
    const bySentence = new Map<string, Claim>();
    const byParagraph = new Map<number, Claim[]>();
    const live = new Map<string, Claim>();
    for (const c of picked) {
      const key = spanKey(c.anchor.start, c.anchor.end);
      if (c.origin === 'sentence') live.set(fullKey(c.articleId, c.anchor.start, c.anchor.end), c);
      if (c.articleId !== article.id) continue;
      if (c.origin === 'sentence' && partners.has(key)) {
        bySentence.set(key, c);
        continue;
      }
      if (c.status === null && c.note === '' && c.evidence.length === 0) continue;
      const p = paragraphs.find((x) => c.anchor.start >= x.start && c.anchor.start < x.end);
      if (p) byParagraph.set(p.index, [...(byParagraph.get(p.index) ?? []), c]);
    }
    return {
      bySentence,
      byParagraph,
      partners,
      claimOf: (c: Counterpart) => live.get(fullKey(c.articleId, c.start, c.end)),
    };
  }, [picked, partners, paragraphs, article.id]);
}
