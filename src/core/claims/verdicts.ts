/**
 * Verdicts written by several tabs (later several reviewers). Each writer counts its own verdict
 * changes in the claim's clock, so a merge can tell a verdict given after seeing another one (it
 * replaces it) from two given without seeing each other (a conflict, kept until resolved), whatever
 * the wall clocks say.
 */
import { newer } from './canonical.ts';

/** Verdict changes per writer id. */
export type VerdictClock = Record<string, number>;

/** One verdict in a conflict: what was decided, by which writer, and when. */
export interface Verdict<S = string | null> {
  status: S;
  by: string;
  at: number;
}

/** The parts of a claim the verdict merge reads. */
export interface VersionedClaim {
  id: string;
  updatedAt: number;
  status?: string | null;
  /** The writer (tab or reviewer id) who gave the current verdict. */
  by?: string;
  /** When the current verdict was given. */
  verdictAt?: number;
  clock?: VerdictClock;
  /** Two or more verdicts given without seeing each other, until the reviewer resolves them. */
  conflict?: Verdict[];
}

const VERDICT_KEYS = ['status', 'by', 'verdictAt', 'clock', 'conflict'] as const;

/** -1 when a came before b, 1 when after, 0 when the same, null when neither saw the other. */
export function compareClocks(a: VerdictClock = {}, b: VerdictClock = {}): -1 | 0 | 1 | null {
  let before = false;
  let after = false;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[k] ?? 0;
    const y = b[k] ?? 0;
    if (x < y) before = true;
    else if (x > y) after = true;
  }
  if (before && after) return null;
  return before ? -1 : after ? 1 : 0;
}

/** The clock that has seen both: the larger count per writer, keys sorted. */
function joinClocks(a: VerdictClock = {}, b: VerdictClock = {}): VerdictClock {
  const out: VerdictClock = {};
  for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort())
    out[k] = Math.max(a[k] ?? 0, b[k] ?? 0);
  return out;
}

/** The claim with one more verdict change by `writer`, given at `at`; any conflict is resolved. */
export function stampVerdict<T extends VersionedClaim>(claim: T, writer: string, at: number): T {
  const { conflict: _resolved, ...rest } = claim;
  const clock = joinClocks(claim.clock, { [writer]: (claim.clock?.[writer] ?? 0) + 1 });
  return { ...rest, by: writer, verdictAt: at, clock } as T;
}

/** The claim's current verdict as a conflict entry. */
const verdictOf = (c: VersionedClaim): Verdict => ({
  status: c.status ?? null,
  by: c.by ?? '',
  at: c.verdictAt ?? c.updatedAt,
});

const verdictKey = (v: Verdict) => `${v.at}\u0000${v.by}\u0000${v.status ?? ''}`;

/** `fields`' record with the verdict (status, writer, time, clock, conflict) of `verdict`. */
function withVerdict<T extends VersionedClaim>(fields: T, verdict: Partial<T>): T {
  const out = { ...fields } as Record<string, unknown>;
  for (const k of VERDICT_KEYS) {
    if (verdict[k] === undefined) delete out[k];
    else out[k] = verdict[k];
  }
  return out as T;
}

/**
 * Merges two versions of one claim. The verdict comes from the version whose clock has seen the
 * other's; the other fields (note, evidence, anchor) from the newer version. Verdicts given without
 * seeing each other that differ become a conflict listing each (status, writer, time), and the merge
 * is stamped after both inputs so merging it again with either changes nothing.
 */
export function mergeClaim<T extends VersionedClaim>(a: T, b: T): T {
  const order = compareClocks(a.clock, b.clock);
  const base = newer(a, b, (c) => c.updatedAt);
  const after = Math.max(a.updatedAt, b.updatedAt) + 1;
  if (order === 0) return base;
  if (order !== null) {
    const seen = order === 1 ? a : b;
    return seen === base ? base : { ...withVerdict(base, seen), updatedAt: after };
  }
  const entries = new Map<string, Verdict>();
  for (const v of [...(a.conflict ?? [verdictOf(a)]), ...(b.conflict ?? [verdictOf(b)])])
    entries.set(verdictKey(v), v);
  const all = [...entries.values()].sort(
    (x, y) => x.at - y.at || verdictKey(x).localeCompare(verdictKey(y)),
  );
  const clock = joinClocks(a.clock, b.clock);
  const { conflict: _old, ...fields } = base;
  const agreed = new Set(all.map((v) => v.status)).size === 1;
  return {
    ...fields,
    clock,
    updatedAt: after,
    ...(agreed ? {} : { conflict: all }),
  } as T;
}
