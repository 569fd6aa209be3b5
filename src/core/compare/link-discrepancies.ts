import { linkStrength, type Link } from '../align/index.ts';
import { headlines } from '../align/pair-gather.ts';
import { findDiscrepancies, type CompareCache, type Discrepancy } from '../facts/index.ts';
import { nameKey } from '../facts/names.ts';
import {
  nameVariants,
  SlipIndex,
  type NameVariant,
  type ParagraphNamesCache,
  type SpelledParagraph,
} from '../facts/name-variants.ts';
import type { ParagraphInput } from '../facts/pairing.ts';
import type { Article, Paragraph } from '../text/index.ts';

/** A discrepancy found on one link: paragraph i of article a against paragraph j of article b. */
export interface LinkDiscrepancy extends Discrepancy {
  a: string;
  i: number;
  b: string;
  j: number;
}

/** A link this close to a paragraph's strongest into the other article counts as strongest too. */
const NEAR_BEST = 0.9;

/**
 * Two texts the same word for word but for one word put in, left out or written otherwise ("Lockout"
 * / "Lcokout", "40 homes" / "60 homes", "Former Mayor" / "Mayor"): a changed copy, not a paragraph
 * written in parallel ("In Ohio, three died" / "In Indiana, two died").
 */
function oneWordChanged(a: string, b: string): boolean {
  // One word is seldom this long: most links ruled out before any split.
  if (Math.abs(a.length - b.length) > 40) return false;
  const [wa, wb] = [a.split(/\s+/), b.split(/\s+/)];
  if (Math.abs(wa.length - wb.length) > 1) return false;
  let lo = 0;
  while (lo < wa.length && lo < wb.length && wa[lo] === wb[lo]) lo++;
  let [ha, hb] = [wa.length, wb.length];
  while (ha > lo && hb > lo && wa[ha - 1] === wb[hb - 1]) [ha, hb] = [ha - 1, hb - 1];
  return ha - lo <= 1 && hb - lo <= 1 && ha - lo + (hb - lo) > 0;
}

/** Whether two links rest on the same sentence pairs (their order included). */
function samePairs(x: Link['pairs'], y: Link['pairs']): boolean {
  if (x === y) return true;
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) {
    const [p, q] = [x[k] as Link['pairs'][number], y[k] as Link['pairs'][number]];
    if (p.i !== q.i || p.j !== q.j) return false;
  }
  return true;
}

/**
 * A number for each paragraph of each article, the same for paragraphs of the same text split into
 * the same sentences: a wire story copied into many articles is one version, compared once.
 */
export interface ParagraphVersions {
  /** Per article, each paragraph's version. */
  id: Int32Array[];
  /** Per version, the first paragraph of it, which stands for it. */
  paragraph: Paragraph[];
  /** A number for each paragraph, the same for the same text (split or not as the other). */
  text: Int32Array[];
}

/** The versions of the paragraphs of a batch (see ParagraphVersions). */
export function paragraphVersions(articles: readonly Article[]): ParagraphVersions {
  const byText = new Map<string, number[]>();
  const textIds = new Map<string, number>();
  const paragraph: Paragraph[] = [];
  const sameSentences = (p: Paragraph, q: Paragraph) =>
    p.sentences.length === q.sentences.length &&
    p.sentences.every(
      (s, k) =>
        s.end - p.start === (q.sentences[k] as Paragraph['sentences'][number]).end - q.start,
    );
  const text = articles.map((a) =>
    Int32Array.from(a.paragraphs, (p) => {
      let t = textIds.get(p.text);
      if (t === undefined) textIds.set(p.text, (t = textIds.size));
      return t;
    }),
  );
  const id = articles.map((a) =>
    Int32Array.from(a.paragraphs, (p) => {
      let known = byText.get(p.text);
      if (known === undefined) byText.set(p.text, (known = []));
      const v = known.find((k) => sameSentences(paragraph[k] as Paragraph, p));
      if (v !== undefined) return v;
      known.push(paragraph.length);
      return paragraph.push(p) - 1;
    }),
  );
  return { id, paragraph, text };
}

/** Per link: its articles' indexes, paragraphs, score and its two ends' slots (see linkEnds). */
interface Ends {
  ka: Int32Array;
  kb: Int32Array;
  ea: Int32Array;
  eb: Int32Array;
  li: Int32Array;
  lj: Int32Array;
  score: Float64Array;
  /** The number of slots: paragraphs times articles. */
  slots: number;
}

/**
 * A number for each (paragraph, other article), its slot, in arrays as long as the paragraphs times
 * the articles (about the number of links); per link, its articles' indexes and its two ends' slots
 * (-1 for a link to no known paragraph).
 */
function linkEnds(articles: readonly Article[], links: readonly Link[]): Ends {
  const ids = new Map(articles.map((a, k) => [a.id, k]));
  const n = articles.length;
  const base = new Int32Array(n + 1);
  articles.forEach((a, k) => (base[k + 1] = (base[k] as number) + a.paragraphs.length));
  const slot = (x: number, i: number, y: number) =>
    x >= 0 && y >= 0 && i >= 0 && i < (base[x + 1] as number) - (base[x] as number)
      ? ((base[x] as number) + i) * n + y
      : -1;
  const m = links.length;
  const ends = {
    ka: new Int32Array(m),
    kb: new Int32Array(m),
    ea: new Int32Array(m),
    eb: new Int32Array(m),
    li: new Int32Array(m),
    lj: new Int32Array(m),
    score: new Float64Array(m),
    slots: (base[n] as number) * n,
  };
  links.forEach((l, k) => {
    // Plain assignments: destructuring made two arrays per link.
    const x = ids.get(l.a) ?? -1;
    const y = ids.get(l.b) ?? -1;
    ends.ka[k] = x;
    ends.kb[k] = y;
    ends.ea[k] = slot(x, l.i, y);
    ends.eb[k] = slot(y, l.j, x);
    // Read again by each later pass: in arrays, not from 100,000 objects spread over the heap.
    ends.li[k] = l.i;
    ends.lj[k] = l.j;
    ends.score[k] = linkStrength(l);
  });
  return ends;
}

/**
 * A paragraph's strongest link into each other article (best, by slot), and whether it has a
 * word-for-word copy there (copied). A link that is the strongest on neither side joins two
 * paragraphs each better matched elsewhere, whose facts are about different things. A paragraph with
 * a word-for-word copy in the other article is that paragraph: its other links there are secondary (a
 * quotation repeated elsewhere in the article, say). A headline's link is no rival to the body's: it
 * says in a few words what a paragraph tells, so the paragraph's facts are still compared with the
 * paragraph that tells them in the other article.
 * (Each pass over the links is a function of its own: V8 optimises a loop while it runs, and the
 * loops of one long function each threw away the code made for the one before.)
 */
function strongest(
  articles: readonly Article[],
  links: readonly Link[],
  ends: Ends,
  textId: readonly Int32Array[],
): { best: Float64Array; copied: Uint8Array } {
  const headline = headlines(articles);
  const best = new Float64Array(ends.slots);
  const copied = new Uint8Array(ends.slots);
  const { ka, kb, ea, eb, li, lj, score } = ends;
  for (let k = 0; k < links.length; k++) {
    // Plain reads, no array destructuring: this loop runs once per link (a hundred thousand).
    const x = ka[k] as number;
    const y = kb[k] as number;
    const ex = ea[k] as number;
    const ey = eb[k] as number;
    if (ex < 0 || ey < 0) continue;
    const i = li[k] as number;
    const j = lj[k] as number;
    const s = score[k] as number;
    const heads = (headline[x] === i ? 1 : 0) + (headline[y] === j ? 1 : 0);
    if ((heads !== 1 || headline[x] === i) && s > (best[ex] as number)) best[ex] = s;
    if ((heads !== 1 || headline[y] === j) && s > (best[ey] as number)) best[ey] = s;
    // Numbers for the texts: comparing the texts of 100,000 links cost more than the rest of the loop.
    if (textId[x]?.[i] === textId[y]?.[j]) copied[ex] = copied[ey] = 1;
  }
  return { best, copied };
}

/**
 * The comparisons a batch of links needs (see linkDiscrepancies): each pair of paragraph versions
 * with its sentence pairs once, a job. The same two versions with the same sentence pairs carry the
 * same discrepancies, so a wire story copied into many articles is compared once. Jobs depend on the
 * articles and links alone, so a second thread that parsed the same articles can run some of them.
 */
export interface DiscrepancyPlan {
  /** The paragraph versions (see ParagraphVersions): a job names two of them. */
  paragraph: readonly ParagraphInput[];
  /** Per job: its two versions and the link whose sentence pairs it compares within. */
  va: Int32Array;
  vb: Int32Array;
  link: Int32Array;
  /** Per link: its job, or -1 for a link whose paragraphs are not compared. */
  jobOf: Int32Array;
}

/** The jobs of a batch of links (see DiscrepancyPlan), in the order of their first links. */
export function planDiscrepancies(
  articles: readonly Article[],
  links: readonly Link[],
  versions: ParagraphVersions = paragraphVersions(articles),
): DiscrepancyPlan {
  const ends = linkEnds(articles, links);
  const { ka, kb, ea, eb, score } = ends;
  const m = links.length;
  const { id: version, paragraph, text: textId } = versions;
  const versionOf = (k: number, i: number) => version[k]?.[i] ?? -1;
  const para = (k: number, i: number) => articles[k]?.paragraphs[i];
  const { best, copied } = strongest(articles, links, ends, textId);
  const jobOf = new Int32Array(m).fill(-1);
  const va: number[] = [];
  const vb: number[] = [];
  const link: number[] = [];
  // Per pair of versions, its jobs (one per distinct list of sentence pairs).
  const memo = new Map<number, number[]>();
  const versionCount = paragraph.length;
  for (let k = 0; k < m; k++) {
    const ex = ea[k] as number;
    const ey = eb[k] as number;
    if (ex < 0 || ey < 0) continue;
    const s = score[k] as number;
    if (s < NEAR_BEST * (best[ex] as number) && s < NEAR_BEST * (best[ey] as number)) continue;
    const l = links[k] as Link;
    const x = ka[k] as number;
    const y = kb[k] as number;
    // A copy of a paragraph that is also copied word for word, save one word (a headline printed
    // twice, once with a slip or another figure), is still compared: its own other end has no copy.
    // A paragraph written in parallel (another town's toll, another player's score) is not.
    const copies = (copied[ex] as number) + (copied[ey] as number);
    if (
      copies === 2 ||
      (copies === 1 && !oneWordChanged(para(x, l.i)?.text ?? '', para(y, l.j)?.text ?? ''))
    )
      continue;
    const v = versionOf(x, l.i);
    const w = versionOf(y, l.j);
    if (v < 0 || w < 0 || para(x, l.i)?.boilerplate || para(y, l.j)?.boilerplate) continue;
    const key = v * versionCount + w;
    let seen = memo.get(key);
    if (seen === undefined) memo.set(key, (seen = []));
    let job = -1;
    for (const e of seen) if (samePairs((links[link[e] as number] as Link).pairs, l.pairs)) job = e;
    if (job < 0) {
      job = link.push(k) - 1;
      va.push(v);
      vb.push(w);
      seen.push(job);
    }
    jobOf[k] = job;
  }
  return { paragraph, va: Int32Array.from(va), vb: Int32Array.from(vb), link: Int32Array.from(link), jobOf };
}

/**
 * The discrepancies of one job, within the given sentence pairs (its link's). A cache shared by the
 * jobs of one batch compares a pair met in both orders once.
 */
export function runDiscrepancyJob(
  plan: Pick<DiscrepancyPlan, 'paragraph' | 'va' | 'vb'>,
  job: number,
  pairs: Link['pairs'],
  cache: CompareCache,
): Discrepancy[] {
  const pa = plan.paragraph[plan.va[job] as number] as ParagraphInput;
  const pb = plan.paragraph[plan.vb[job] as number] as ParagraphInput;
  return findDiscrepancies(pa, pb, pairs, cache);
}

/**
 * Each link's discrepancies, in the order of the links, from the discrepancies of each job, gathered
 * as far as the jobs are done (see advance): a caller waiting for some jobs can gather the rest.
 */
export class LinkDiscrepancyCursor {
  /** The discrepancies gathered so far and their name findings. */
  readonly out: LinkDiscrepancy[] = [];
  readonly names = new ReportedNames();
  private next = 0;

  /** onFound, if given, is called with each discrepancy as it is gathered. */
  constructor(
    private readonly links: readonly Link[],
    private readonly plan: Pick<DiscrepancyPlan, 'jobOf'>,
    private readonly onFound?: (d: LinkDiscrepancy) => void,
  ) {}

  /** Gathers the discrepancies of the links up to the first whose job is not done; whether all are gathered. */
  advance(found: ReadonlyArray<readonly Discrepancy[] | undefined>): boolean {
    const { links, out } = this;
    for (; this.next < links.length; this.next++) {
      const job = this.plan.jobOf[this.next] as number;
      if (job < 0) continue;
      const done = found[job];
      if (done === undefined) return false;
      const l = links[this.next] as Link;
      for (const d of done) {
        const x: LinkDiscrepancy = {
          a: l.a,
          i: l.i,
          b: l.b,
          j: l.j,
          type: d.type,
          aSpan: d.aSpan,
          bSpan: d.bSpan,
          aStart: d.aStart,
          aEnd: d.aEnd,
          bStart: d.bStart,
          bEnd: d.bEnd,
          severity: d.severity,
          explanation: d.explanation,
        };
        out.push(x);
        this.names.add(x);
        this.onFound?.(x);
      }
    }
    return true;
  }
}

/** Compares the facts of every pair of linked paragraphs, within the sentence pairs that justify each link. */
export function linkDiscrepancies(
  articles: readonly Article[],
  links: readonly Link[],
): LinkDiscrepancy[] {
  const plan = planDiscrepancies(articles, links);
  const cache: CompareCache = new Map();
  const found = Array.from(plan.link, (k, job) =>
    runDiscrepancyJob(plan, job, (links[k] as Link).pairs, cache),
  );
  const cursor = new LinkDiscrepancyCursor(links, plan);
  cursor.advance(found);
  return cursor.out.concat(articleDiscrepancies(articles, cursor.names));
}

const SEP = '\u0000';

const nameWords = (t: string) =>
  t
    .split(/[^\p{L}\p{M}'’-]+/u)
    .filter(Boolean)
    .map(nameKey);

/**
 * The name findings on links, noted one by one (see articleDiscrepancies): for each article, other
 * article and word of a name finding's span on the first's side, the words of the other side's span.
 * A word pair is reported when one of these holds the second word. (Not every word pair of the two
 * spans: a long span made that quadratic.)
 */
export class ReportedNames {
  private readonly reported = new Map<string, Array<ReadonlySet<string>>>();

  private note(a: string, b: string, xs: readonly string[], ys: ReadonlySet<string>): void {
    for (const x of xs) {
      const key = [a, b, x].join(SEP);
      const list = this.reported.get(key);
      if (list) list.push(ys);
      else this.reported.set(key, [ys]);
    }
  }

  add(d: LinkDiscrepancy): void {
    if (d.type !== 'name') return;
    const [xs, ys] = [nameWords(d.aSpan), nameWords(d.bSpan)];
    this.note(d.a, d.b, xs, new Set(ys));
    this.note(d.b, d.a, ys, new Set(xs));
  }

  has(a: string, b: string, x: string, y: string): boolean {
    return this.reported.get([a, b, x].join(SEP))?.some((ys) => ys.has(y)) ?? false;
  }
}

/**
 * Names that two articles spell differently wherever they stand (see nameVariants), for every pair of
 * articles, less those the linked paragraphs already report (found, or their names noted in reported).
 */
export function articleDiscrepancies(
  articles: readonly Article[],
  found: readonly LinkDiscrepancy[] | ReportedNames,
  variants: readonly (readonly NameVariant[])[] = articleNameVariants(articles.map((a) => a.paragraphs)),
): LinkDiscrepancy[] {
  let reported: ReportedNames;
  if (found instanceof ReportedNames) reported = found;
  else {
    reported = new ReportedNames();
    for (const d of found) reported.add(d);
  }
  const out: LinkDiscrepancy[] = [];
  let n = 0;
  for (let x = 0; x < articles.length; x++) {
    for (let y = x + 1; y < articles.length; y++) {
      const [a, b] = [articles[x] as Article, articles[y] as Article];
      for (const v of variants[n++] ?? []) {
        if (reported.has(a.id, b.id, nameKey(v.aSpan), nameKey(v.bSpan))) continue;
        const { i, j, ...d } = v;
        out.push({ a: a.id, i, b: b.id, j, ...d });
      }
    }
  }
  return out;
}

/**
 * Names two articles spell differently (see nameVariants), for every pair of articles in order (the
 * first with the second, the first with the third, ...): they depend on the articles alone.
 */
export function articleNameVariants(articles: readonly (readonly SpelledParagraph[])[]): NameVariant[][] {
  const texts: ParagraphNamesCache = new Map();
  const index = new SlipIndex(articles, texts);
  const out: NameVariant[][] = [];
  for (let x = 0; x < articles.length; x++)
    for (let y = x + 1; y < articles.length; y++)
      out.push(nameVariants(articles[x] as SpelledParagraph[], articles[y] as SpelledParagraph[], texts, index));
  return out;
}
