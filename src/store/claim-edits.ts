import { makeAnchor, reanchor, sentenceClaimId, stampVerdict } from '../core/claims/index.ts';
import { ownStatus } from '../core/formats/types.ts';
import { stamp } from './saved.ts';
import type { ReanchorCounts } from './state.ts';
import type { Claim, ClaimStatus, Review, TextAnchor } from './types.ts';

/** Most evidence links kept on one claim. */
export const MAX_EVIDENCE = 50;

/** The live claim anchored on exactly these offsets of an article's sentence, if any. */
export function findSentenceClaim(
  review: Review,
  articleId: string,
  start: number,
  end: number,
): Claim | undefined {
  const live = (c: Claim | undefined) =>
    c !== undefined &&
    c.articleId === articleId &&
    c.origin === 'sentence' &&
    c.anchorState !== 'orphaned' &&
    c.anchor.start === start &&
    c.anchor.end === end;
  const byId = review.claims[sentenceClaimId(articleId, start, end)];
  return live(byId) ? byId : Object.values(review.claims).find(live);
}

/**
 * The id for a new sentence claim: the deterministic one, or, when a claim that moved or was
 * orphaned still holds it, the first free numbered variant (never overwriting that claim).
 */
export function freeSentenceId(
  review: Review,
  articleId: string,
  start: number,
  end: number,
): string {
  const base = sentenceClaimId(articleId, start, end);
  let id = base;
  for (let n = 2; review.claims[id]; n += 1) id = `${base}#${n}`;
  return id;
}

/** A new claim on text[start, end) of an article. */
export function newClaim(
  id: string,
  articleId: string,
  text: string,
  span: { start: number; end: number },
  origin: Claim['origin'],
  status: ClaimStatus | null,
): Claim {
  const now = stamp();
  return {
    id,
    articleId,
    anchor: makeAnchor(text, span.start, span.end),
    anchorState: 'exact',
    status,
    note: '',
    evidence: [],
    origin,
    createdAt: now,
    updatedAt: now,
  };
}

/** A claim with some fields changed and a fresh updatedAt. */
export function edited(
  claim: Claim,
  patch: Partial<Omit<Claim, 'id' | 'createdAt' | 'updatedAt'>>,
): Claim {
  return { ...claim, ...patch, updatedAt: stamp(claim.updatedAt) };
}

function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname.length > 0
    );
  } catch {
    return false;
  }
}

/** Splits evidence input into http(s) URLs to keep (trimmed, deduplicated) and entries to reject. */
export function checkEvidence(urls: string[]): { kept: string[]; rejected: string[] } {
  const kept: string[] = [];
  const rejected: string[] = [];
  for (const raw of urls) {
    const url = raw.trim();
    if (!url) continue;
    if (!isWebUrl(url) || url.length > 2_000) rejected.push(raw);
    else if (!kept.includes(url) && kept.length < MAX_EVIDENCE) kept.push(url);
  }
  return { kept, rejected };
}

/** The claim without its "text changed since it was checked" flag. */
function unflagged(claim: Claim): Claim {
  const { checkedQuote: _checked, ...rest } = claim;
  return rest;
}

/**
 * A claim given a verdict (or cleared) by this reviewer: a different verdict ends the "text
 * changed" flag, and any verdict the reviewer gives resolves a conflict between tabs. On a shared
 * claim it is the reviewer's own verdict (mine); the status shows it until the team's comes back.
 */
export function judged(claim: Claim, status: ClaimStatus | null): Claim {
  const own = ownStatus(claim);
  const { conflict: _resolved, ...base } = status === own ? claim : unflagged(claim);
  return edited(base, claim.mine === undefined ? { status } : { status, mine: status });
}

/**
 * The claim as it goes into the store: a new or changed verdict, or a resolved conflict, is
 * counted under this writer's id, so other tabs can tell it from a verdict given without seeing it.
 */
export function countVerdict(prev: Claim | undefined, next: Claim, writer: string): Claim {
  const status = prev?.status ?? null;
  const resolved = prev?.conflict !== undefined && next.conflict === undefined;
  const own = (prev ? ownStatus(prev) : null) !== ownStatus(next);
  return next.status !== status || own || resolved
    ? stampVerdict(next, writer, next.updatedAt)
    : next;
}

/**
 * A claim that undo or redo puts back over `current`: it keeps the current clock and counts as a
 * new verdict change by this writer, so other tabs take it instead of ignoring an older clock.
 */
export function restoredClaim(current: Claim | undefined, value: Claim, writer: string): Claim {
  if (!current) return value;
  const { by: _by, verdictAt: _at, clock: _clock, ...rest } = value;
  const { by, verdictAt, clock } = current;
  const kept = {
    ...rest,
    ...(by === undefined ? {} : { by }),
    ...(verdictAt === undefined ? {} : { verdictAt }),
    ...(clock === undefined ? {} : { clock }),
  };
  return countVerdict(current, kept, writer);
}

/** The claim with its verdict confirmed on the text it now stands on. */
export function confirmed(claim: Claim): Claim {
  return edited(unflagged(claim), {});
}

/**
 * The claim on a new anchor. A verdict whose quote changed keeps the wording that was checked
 * (the first one, over several edits) until the reviewer confirms or changes it; the flag goes by
 * itself when the text reads as checked again.
 */
export function onNewText(claim: Claim, anchor: TextAnchor, state: Claim['anchorState']): Claim {
  const checked =
    claim.checkedQuote ??
    (claim.status !== null && anchor.quote !== claim.anchor.quote ? claim.anchor.quote : undefined);
  const next = edited(unflagged(claim), { anchor, anchorState: state });
  return checked === undefined || checked === anchor.quote
    ? next
    : { ...next, checkedQuote: checked };
}

/** Re-anchors every claim of an article against its new text; orphans keep their old anchor. */
export function reanchorClaims(
  claims: Record<string, Claim>,
  articleId: string,
  text: string,
): { claims: Record<string, Claim>; counts: ReanchorCounts } {
  const counts: ReanchorCounts = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0, changed: 0 };
  const out = { ...claims };
  for (const claim of Object.values(claims)) {
    if (claim.articleId !== articleId) continue;
    const found = reanchor(claim.anchor, text);
    counts[found.state] += 1;
    if (found.state === 'orphaned') {
      if (claim.anchorState !== 'orphaned')
        out[claim.id] = edited(claim, { anchorState: 'orphaned' });
      continue;
    }
    const anchor = makeAnchor(text, found.start, found.end);
    if (
      found.state !== claim.anchorState ||
      anchor.start !== claim.anchor.start ||
      anchor.quote !== claim.anchor.quote
    ) {
      const next = onNewText(claim, anchor, found.state);
      out[claim.id] = next;
      if (next.checkedQuote !== undefined && anchor.quote !== claim.anchor.quote)
        counts.changed += 1;
    }
  }
  return { claims: out, counts };
}
