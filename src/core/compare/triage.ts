import type { FindingTriage, TriageStatus } from '../formats/types.ts';
import type { Article } from '../text/index.ts';
import { normaliseWording, type Finding, type Place } from './findings.ts';

export type { FindingTriage, TriageStatus } from '../formats/types.ts';

/** Wordings longer than this count by their start in a key: a long quote would make a long key. */
const KEY_WORDING_MAX = 200;

const placeId = (p: Place) => `${p.article}#${p.paragraph}`;

/** A finding's versions as [wording, ...places], each sorted: the same finding gives the same list. */
function keyParts(f: Finding): string[][] {
  return f.versions
    .map((v) => [
      normaliseWording(v.text).slice(0, KEY_WORDING_MAX),
      ...v.places.map(placeId).sort(),
    ])
    .sort((x, y) => (x.join('\u0000') < y.join('\u0000') ? -1 : 1));
}

/**
 * A finding's stable key: its type with each normalised wording and the paragraphs carrying it, as
 * JSON. The same difference found again (another run of the comparison, a reload, another tab)
 * gets the same key, whatever order the discrepancies came in.
 */
export function findingKey(f: Finding): string {
  return JSON.stringify([f.type, ...keyParts(f)]);
}

/** A key read back: its type, wordings and "wording\0place" nodes; null when it is not a key. */
function readKey(key: string): { type: string; wordings: Set<string>; nodes: Set<string> } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(key);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || typeof parsed[0] !== 'string') return null;
  const wordings = new Set<string>();
  const nodes = new Set<string>();
  for (const part of parsed.slice(1) as unknown[]) {
    if (!Array.isArray(part) || !part.every((x) => typeof x === 'string')) return null;
    const [wording, ...places] = part as string[];
    if (wording === undefined) return null;
    wordings.add(wording);
    for (const p of places) nodes.add(`${wording}\u0000${p}`);
  }
  return { type: parsed[0], wordings, nodes };
}

const subset = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].every((x) => b.has(x));

/**
 * The saved decision on each finding, by key (findings with none are open). A decision saved under
 * another key still holds when the finding is part of the one decided (an article hidden since), or
 * when the finding has the same wordings in more paragraphs (an article shown since); a finding with
 * a wording the decision never saw is open again. The newest of several matching decisions wins.
 */
export function triageOf(
  findings: readonly { key: string; finding: Finding }[],
  triage: Readonly<Record<string, FindingTriage>>,
): Map<string, FindingTriage> {
  const out = new Map<string, FindingTriage>();
  const entries = Object.entries(triage);
  if (entries.length === 0) return out;
  // Saved decisions by node, read only when some finding has no exact match.
  let byNode: Map<
    string,
    { entry: FindingTriage; read: NonNullable<ReturnType<typeof readKey>> }[]
  > | null = null;
  // The paragraphs those decisions name: a finding in none of them is skipped without reading its key.
  const places = new Set<string>();
  const index = () => {
    const map = new Map<
      string,
      { entry: FindingTriage; read: NonNullable<ReturnType<typeof readKey>> }[]
    >();
    for (const [key, entry] of entries) {
      const read = readKey(key);
      if (!read) continue;
      for (const n of read.nodes) {
        places.add(n.slice(n.indexOf('\u0000') + 1));
        const list = map.get(n);
        if (list) list.push({ entry, read });
        else map.set(n, [{ entry, read }]);
      }
    }
    return map;
  };
  for (const { key, finding } of findings) {
    const exact = triage[key];
    if (exact) {
      out.set(key, exact);
      continue;
    }
    byNode ??= index();
    if (!finding.versions.some((v) => v.places.some((p) => places.has(placeId(p))))) continue;
    const mine = readKey(key);
    if (!mine) continue;
    let best: FindingTriage | null = null;
    for (const n of mine.nodes) {
      for (const { entry, read } of byNode.get(n) ?? []) {
        if (read.type !== finding.type) continue;
        const fits =
          subset(mine.nodes, read.nodes) ||
          (subset(read.nodes, mine.nodes) &&
            read.wordings.size === mine.wordings.size &&
            subset(read.wordings, mine.wordings));
        if (fits && (!best || entry.at > best.at)) best = entry;
      }
    }
    if (best) out.set(key, best);
  }
  return out;
}

/** The status of a finding under the decisions of triageOf: open unless decided. */
export const statusOf = (decided: ReadonlyMap<string, FindingTriage>, key: string): TriageStatus =>
  decided.get(key)?.status ?? 'open';

/**
 * The sentence of an article that carries a finding's version in a paragraph (offsets into the
 * article's text, as markSentence takes them): the sentence holding the span's start, or the
 * paragraph when the span cannot be placed.
 */
export function findingSentence(
  f: Finding,
  place: Place,
  article: Article,
): { start: number; end: number; text: string } | null {
  const para = article.paragraphs[place.paragraph];
  if (!para) return null;
  let offset = -1;
  for (const d of f.pairs) {
    if (d.a === place.article && d.i === place.paragraph) offset = d.aStart;
    else if (d.b === place.article && d.j === place.paragraph) offset = d.bStart;
    if (offset >= 0) break;
  }
  const at = para.start + Math.max(0, offset);
  const sentence =
    para.sentences.find((s) => at >= s.start && at < s.end) ??
    para.sentences.find((s) => s.start >= at) ??
    para.sentences[0];
  if (sentence) return { start: sentence.start, end: sentence.end, text: sentence.text };
  return para.text.trim() ? { start: para.start, end: para.end, text: para.text } : null;
}
