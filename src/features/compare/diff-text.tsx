import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { pairChanges, wordDiff, type DiffOptions } from '../../core/diff/index.ts';
import { STOP } from '../../core/facts/lexicon.ts';

/** A span of this text to underline as a discrepancy. */
export interface Flag {
  start: number;
  end: number;
  severity: 'high' | 'medium' | 'low';
  explanation: string;
}

interface Props {
  text: string;
  /** The base text to compare with; null shows the text plain. */
  against: string | null;
  options: DiffOptions;
  /** 'marks' highlights what this text has that the base lacks; 'inline' also shows the base's words that are gone. */
  mode: 'marks' | 'inline';
  flags?: readonly Flag[];
  /** The text's offset in its article: each piece then carries data-start, for reading a selection. */
  offset?: number;
  /** Spans of this text (its sentences) that renderSentence wraps, in order. */
  sentences?: readonly { start: number; end: number }[];
  renderSentence?: (k: number, children: ReactNode) => ReactNode;
}

interface Piece {
  text: string;
  /** 'shared': words also in the base, shown in a text written anew (see REWRITTEN_SAME). */
  kind: 'equal' | 'insert' | 'change' | 'delete' | 'shared';
  was?: string;
  flag?: Flag;
}

/**
 * A text with less than this share of its characters (spaces aside) the same as its base's is
 * written anew, not edited: another outlet's own report of an event. Its changes would cover it
 * end to end and say nothing, so it shows the words it shares with the base instead.
 */
const REWRITTEN_SAME = 1 / 3;

const letters = (t: string) => t.replace(/\s/g, '').length;

/** Whether a text's pieces (in 'marks' mode) say it was written anew (see REWRITTEN_SAME). */
function rewritten(list: readonly Piece[]): boolean {
  let same = 0;
  let all = 0;
  for (const p of list) {
    const n = letters(p.text);
    all += n;
    if (p.kind === 'equal') same += n;
  }
  return all > 0 && same < all * REWRITTEN_SAME;
}

/** A word: letters and figures, with inner apostrophes, dots, commas and hyphens ("U.S.", "1,200"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.,-][\p{L}\p{M}\p{N}]+)*/gu;
/** A word as compared: lower case, without a possessive ending ("Schumer’s" is "Schumer"). */
const wordKey = (w: string) => w.toLowerCase().replace(/['’]s$/u, '');

/**
 * A text written anew as the words it shares with the base, wherever they stand in either (two
 * tellings put them in other orders): content words and figures, not "the" or "said"; neighbours
 * only whitespace apart are one stretch ("north pier").
 */
function sharedPieces(text: string, against: string): Piece[] | null {
  const inBase = new Set(Array.from(against.matchAll(WORD), (m) => wordKey(m[0])));
  const spans: [number, number][] = [];
  for (const m of text.matchAll(WORD)) {
    const w = wordKey(m[0]);
    if (!inBase.has(w) || STOP.has(w) || !(/\p{N}/u.test(w) || w.length >= 3)) continue;
    const [start, end] = [m.index, m.index + m[0].length];
    const last = spans[spans.length - 1];
    if (last && /^\s*$/.test(text.slice(last[1], start))) last[1] = end;
    else spans.push([start, end]);
  }
  // Nothing worth pointing out in common: shown as changed throughout, not as if unchanged.
  if (spans.length === 0) return null;
  const out: Piece[] = [];
  let pos = 0;
  for (const [start, end] of spans) {
    if (start > pos) out.push({ text: text.slice(pos, start), kind: 'equal' });
    out.push({ text: text.slice(start, end), kind: 'shared' });
    pos = end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), kind: 'equal' });
  return out;
}

function pieces(
  text: string,
  against: string | null,
  options: DiffOptions,
  mode: Props['mode'],
): Piece[] {
  if (against === null) return [{ text, kind: 'equal' }];
  const out: Piece[] = [];
  for (const s of pairChanges(wordDiff(against, text, options))) {
    const mine = text.slice(s.bStart, s.bEnd);
    const theirs = against.slice(s.aStart, s.aEnd);
    if (s.op === 'equal') out.push({ text: mine, kind: 'equal' });
    else if (s.op === 'insert') out.push({ text: mine, kind: 'insert' });
    else if (s.op === 'change') {
      if (mode === 'inline') out.push({ text: theirs, kind: 'delete' });
      out.push({ text: mine, kind: 'change', was: theirs });
    } else if (mode === 'inline' && theirs.trim()) out.push({ text: theirs, kind: 'delete' });
  }
  // Focus mode ('inline') shows every difference, as asked.
  return (mode === 'marks' && rewritten(out) && sharedPieces(text, against)) || out;
}

/** Splits pieces of this text at flag boundaries so a flag can wrap its exact span. */
function withFlags(list: Piece[], flags: readonly Flag[]): Piece[] {
  if (flags.length === 0) return list;
  let pos = 0;
  const bounds = flags.flatMap((f) => [f.start, f.end]).sort((x, y) => x - y);
  return cutAt(list, bounds).map((piece) => {
    if (piece.kind === 'delete') return piece;
    const from = pos;
    pos += piece.text.length;
    const flag = flags.find((f) => f.start <= from && f.end >= pos);
    return flag ? { ...piece, flag } : piece;
  });
}

/** Cuts pieces of this text at the given offsets (deleted base words have none and stay whole). */
function cutAt(list: Piece[], at: readonly number[]): Piece[] {
  if (at.length === 0) return list;
  const out: Piece[] = [];
  let pos = 0;
  for (const piece of list) {
    if (piece.kind === 'delete') {
      out.push(piece);
      continue;
    }
    const end = pos + piece.text.length;
    let from = pos;
    for (const cut of at) {
      if (cut <= from || cut >= end) continue;
      out.push({ ...piece, text: piece.text.slice(from - pos, cut - pos) });
      from = cut;
    }
    out.push(from === pos ? piece : { ...piece, text: piece.text.slice(from - pos) });
    pos = end;
  }
  return out;
}

/** Consecutive pieces by the sentence they fall in (-1 between sentences), with their offsets. */
function bySentence(
  list: Piece[],
  sentences: readonly { start: number; end: number }[],
): { k: number; pieces: { piece: Piece; at: number }[] }[] {
  const groups: { k: number; pieces: { piece: Piece; at: number }[] }[] = [];
  let pos = 0;
  let k = 0;
  for (const piece of list) {
    while (k < sentences.length && pos >= sentences[k]!.end) k++;
    const s = sentences[k];
    const inside = piece.kind === 'delete' || (s !== undefined && pos >= s.start);
    const key = inside && s ? k : -1;
    const last = groups[groups.length - 1];
    if (last && last.k === key) last.pieces.push({ piece, at: pos });
    else groups.push({ k: key, pieces: [{ piece, at: pos }] });
    if (piece.kind !== 'delete') pos += piece.text.length;
  }
  return groups;
}

const NO_FLAGS: readonly Flag[] = [];

/**
 * Text with its differences from a base text highlighted; always rendered as text, never HTML.
 * The diff is computed after the first paint (the text shows plain until then), so a screen of
 * rows costs many short tasks instead of one long one; `data-diff-pending` marks the wait.
 */
export function DiffText({
  text,
  against,
  options,
  mode,
  flags = NO_FLAGS,
  offset,
  sentences,
  renderSentence,
}: Props) {
  const [done, setDone] = useState<{ inputs: unknown[]; list: Piece[] } | null>(null);
  const inputs = [text, against, options, mode, flags];
  const ready =
    against === null
      ? withFlags([{ text, kind: 'equal' }], flags)
      : done && done.inputs.every((x, k) => x === inputs[k])
        ? done.list
        : null;
  const pending = ready === null;
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => {
      setDone({
        inputs: [text, against, options, mode, flags],
        list: withFlags(pieces(text, against, options, mode), flags),
      });
    }, 0);
    return () => clearTimeout(timer);
  }, [pending, text, against, options, mode, flags]);
  const list = ready ?? withFlags([{ text, kind: 'equal' }], flags);
  // data-start goes on the element whose first child is the piece's text, so that a selection
  // maps to an exact offset, with no element added for it.
  const show = (p: Piece, at: number, key: number) => {
    const start = offset === undefined || p.kind === 'delete' ? undefined : offset + at;
    const plain = p.kind === 'equal';
    let node: ReactNode = p.text;
    if (p.kind === 'insert')
      node = (
        <ins className="d-ins" data-start={start}>
          {node}
        </ins>
      );
    else if (p.kind === 'delete') node = <del className="d-del">{node}</del>;
    else if (p.kind === 'shared')
      node = (
        <span className="d-same" title="also in the base" data-start={start}>
          {node}
        </span>
      );
    else if (p.kind === 'change')
      node = (
        <mark className="d-chg" title={`was: ${p.was ?? ''}`} data-start={start}>
          {node}
        </mark>
      );
    if (p.flag)
      node = (
        <span
          className={`flag flag-${p.flag.severity}`}
          title={p.flag.explanation}
          data-start={plain ? start : undefined}
        >
          {node}
        </span>
      );
    return (
      <span key={key} data-start={plain && !p.flag ? start : undefined}>
        {node}
      </span>
    );
  };
  const spans = sentences ?? [];
  const groups = bySentence(
    cutAt(
      list,
      spans.flatMap((s) => [s.start, s.end]),
    ),
    spans,
  );
  let n = 0;
  return (
    <span className="diff-text" data-diff-pending={pending ? '' : undefined}>
      {groups.map((g, k) => {
        const shown = g.pieces.map(({ piece, at }) => show(piece, at, n++));
        if (g.k < 0 || !renderSentence) return <Fragment key={`g${k}`}>{shown}</Fragment>;
        return <Fragment key={`s${g.k}`}>{renderSentence(g.k, shown)}</Fragment>;
      })}
    </span>
  );
}
