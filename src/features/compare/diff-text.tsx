import { useEffect, useState } from 'react';
import { pairChanges, wordDiff, type DiffOptions } from '../../core/diff/index.ts';

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
}

interface Piece {
  text: string;
  kind: 'equal' | 'insert' | 'change' | 'delete';
  was?: string;
  flag?: Flag;
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
  return out;
}

/** Splits pieces of this text at flag boundaries so a flag can wrap its exact span. */
function withFlags(list: Piece[], flags: readonly Flag[]): Piece[] {
  if (flags.length === 0) return list;
  const out: Piece[] = [];
  let pos = 0;
  for (const piece of list) {
    if (piece.kind === 'delete') {
      out.push(piece);
      continue;
    }
    const end = pos + piece.text.length;
    const cuts = new Set([pos, end]);
    for (const f of flags) {
      if (f.start > pos && f.start < end) cuts.add(f.start);
      if (f.end > pos && f.end < end) cuts.add(f.end);
    }
    const sorted = [...cuts].sort((x, y) => x - y);
    for (let k = 0; k + 1 < sorted.length; k++) {
      const from = sorted[k]!;
      const to = sorted[k + 1]!;
      const flag = flags.find((f) => f.start <= from && f.end >= to);
      out.push({
        ...piece,
        text: piece.text.slice(from - pos, to - pos),
        ...(flag ? { flag } : {}),
      });
    }
    pos = end;
  }
  return out;
}

const NO_FLAGS: readonly Flag[] = [];

/**
 * Text with its differences from a base text highlighted; always rendered as text, never HTML.
 * The diff is computed after the first paint (the text shows plain until then), so a screen of
 * rows costs many short tasks instead of one long one; `data-diff-pending` marks the wait.
 */
export function DiffText({ text, against, options, mode, flags = NO_FLAGS }: Props) {
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
  return (
    <span className="diff-text" data-diff-pending={pending ? '' : undefined}>
      {list.map((p, k) => {
        let node: React.ReactNode = p.text;
        if (p.kind === 'insert') node = <ins className="d-ins">{node}</ins>;
        else if (p.kind === 'delete') node = <del className="d-del">{node}</del>;
        else if (p.kind === 'change')
          node = (
            <mark className="d-chg" title={`was: ${p.was ?? ''}`}>
              {node}
            </mark>
          );
        if (p.flag)
          node = (
            <span className={`flag flag-${p.flag.severity}`} title={p.flag.explanation}>
              {node}
            </span>
          );
        return <span key={k}>{node}</span>;
      })}
    </span>
  );
}
