import { DIFF_DELETE, DIFF_INSERT, diffCleanupSemantic, diffMain } from 'diff-match-patch-es';
import type { Diff } from 'diff-match-patch-es';
import { tokenKey, tokenize } from './tokens.ts';
import type { Token } from './tokens.ts';
import type { DiffOptions, DiffSpan } from './types.ts';

// Private-use code points first, then the rest of the BMP below the surrogates:
// one UTF-16 unit per token, so diff-match-patch can never split one.
const FIRST_CODES = 0x2000; // 0xE000..0xFFFF
const MAX_CODES = FIRST_CODES + 0xd800 - 0x100;
const codeAt = (n: number): string =>
  String.fromCharCode(n < FIRST_CODES ? 0xe000 + n : 0x100 + (n - FIRST_CODES));

interface Side {
  tokens: Token[];
  /** Indexes of the tokens that take part in the comparison. */
  kept: number[];
  keys: string[];
}

// A sentence is diffed against its partner in every other article: keep its tokens for a while.
const SIDE_CACHE_SIZE = 4096;
const plainSides = new Map<string, Side>();
// Sides compared by a spelling function are kept apart, one cache per function.
const spelledSides = new WeakMap<(word: string) => string, Map<string, Side>>();

function sidesFor(options: DiffOptions): Map<string, Side> {
  if (!options.spelling) return plainSides;
  let found = spelledSides.get(options.spelling);
  if (found === undefined) spelledSides.set(options.spelling, (found = new Map()));
  return found;
}

function side(text: string, options: DiffOptions): Side {
  const sides = sidesFor(options);
  const key = `${options.ignoreCase ? 1 : 0}${options.ignorePunctuation ? 1 : 0}${options.ignoreWhitespace ? 1 : 0}${text}`;
  let found = sides.get(key);
  if (found === undefined) {
    found = buildSide(text, options);
    if (sides.size >= SIDE_CACHE_SIZE) sides.clear();
    sides.set(key, found);
  }
  return found;
}

function buildSide(text: string, options: DiffOptions): Side {
  const tokens = tokenize(text);
  const kept: number[] = [];
  const keys: string[] = [];
  tokens.forEach((t, i) => {
    const k = tokenKey(t, options);
    if (k !== null) {
      kept.push(i);
      keys.push(k);
    }
  });
  return { tokens, kept, keys };
}

function encode(a: Side, b: Side): [string, string] {
  const codes = new Map<string, string>();
  const enc = (keys: string[]) =>
    keys
      .map((k) => {
        let c = codes.get(k);
        if (c === undefined) {
          // Past the last code every new token shares it; runs are re-checked in spansFromDiff.
          c = codeAt(Math.min(codes.size, MAX_CODES - 1));
          codes.set(k, c);
        }
        return c;
      })
      .join('');
  return [enc(a.keys), enc(b.keys)];
}

/** Expands a token-level diff to spans over the original texts; ignored tokens join an adjacent span. */
function spansFromDiff(diffs: Diff[], a: Side, b: Side, aLen: number, bLen: number): DiffSpan[] {
  const spans: DiffSpan[] = [];
  let ka = 0;
  let kb = 0;
  let pa = 0;
  let pb = 0;
  const endOf = (s: Side, k: number) => s.tokens[s.kept[k - 1] ?? -1]?.end ?? 0;
  // An equal span takes the ignored tokens after it, so changes start on a compared token.
  const nextStart = (s: Side, k: number, len: number) => s.tokens[s.kept[k] ?? -1]?.start ?? len;
  const push = (op: DiffSpan['op'], na: number, nb: number) => {
    ka += na;
    kb += nb;
    const eq = op === 'equal';
    const aEnd = eq ? nextStart(a, ka, aLen) : na > 0 ? endOf(a, ka) : pa;
    const bEnd = eq ? nextStart(b, kb, bLen) : nb > 0 ? endOf(b, kb) : pb;
    const last = spans[spans.length - 1];
    if (last && last.op === op) {
      last.aEnd = aEnd;
      last.bEnd = bEnd;
    } else spans.push({ op, aStart: pa, aEnd, bStart: pb, bEnd });
    pa = aEnd;
    pb = bEnd;
  };
  for (const [op, chunk] of diffs) {
    if (op === DIFF_DELETE) push('delete', chunk.length, 0);
    else if (op === DIFF_INSERT) push('insert', 0, chunk.length);
    else {
      // Token by token, so an overflow-code collision becomes a change, never a false equal.
      for (let n = 0; n < chunk.length; n++) {
        const same = a.keys[ka] === b.keys[kb];
        if (same) push('equal', 1, 1);
        else {
          push('delete', 1, 0);
          push('insert', 0, 1);
        }
      }
    }
  }
  if (pa < aLen || pb < bLen) {
    // Only ignored tokens remain: equal under the options.
    const last = spans[spans.length - 1];
    if (last && last.op === 'equal') {
      last.aEnd = aLen;
      last.bEnd = bLen;
    } else spans.push({ op: 'equal', aStart: pa, aEnd: aLen, bStart: pb, bEnd: bLen });
  }
  return spans;
}

/** Word-level diff of a against b: spans over the original texts, never splitting a word. */
export function wordDiff(a: string, b: string, options: DiffOptions = {}): DiffSpan[] {
  // The same text is one equal span under any options (what the full diff gives, without the work).
  if (a === b)
    return a.length === 0
      ? []
      : [{ op: 'equal', aStart: 0, aEnd: a.length, bStart: 0, bEnd: b.length }];
  const sa = side(a, options);
  const sb = side(b, options);
  const [ca, cb] = encode(sa, sb);
  // No timeout: the same inputs always give the same diff.
  const diffs = diffMain(ca, cb, { diffTimeout: 0 }, false);
  if (options.semantic !== false) diffCleanupSemantic(diffs);
  return spansFromDiff(diffs, sa, sb, a.length, b.length);
}

/** A display span: a delete directly followed by an insert becomes one 'change'. */
export interface DisplaySpan extends Omit<DiffSpan, 'op'> {
  op: DiffSpan['op'] | 'change';
}

/** Pairs each delete that is directly followed by an insert into one 'change' span, for display. */
export function pairChanges(spans: DiffSpan[]): DisplaySpan[] {
  const out: DisplaySpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const next = spans[i + 1];
    if (!s) continue;
    if (s.op === 'delete' && next?.op === 'insert') {
      out.push({
        op: 'change',
        aStart: s.aStart,
        aEnd: s.aEnd,
        bStart: next.bStart,
        bEnd: next.bEnd,
      });
      i++;
    } else out.push({ ...s });
  }
  return out;
}

/** Share of the text that is equal in both, in [0, 1]: 2 * equal length / (length a + length b). */
export function similarity(spans: DiffSpan[]): number {
  let equal = 0;
  let total = 0;
  for (const s of spans) {
    const len = s.aEnd - s.aStart + (s.bEnd - s.bStart);
    total += len;
    if (s.op === 'equal') equal += len;
  }
  return total === 0 ? 1 : equal / total;
}
