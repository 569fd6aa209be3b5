/**
 * A review as a Yjs document, and back. Claims keep each reviewer's verdict and note under the
 * reviewer's id, so concurrent work by two reviewers merges without loss; the rest of a claim (its
 * anchor, summary...) is one value per claim, the later write winning. Pure: no store, no DOM.
 */
import type * as Y from 'yjs';
import { stableStringify } from '../core/claims/canonical.ts';
import { ownStatus, type ClaimData, type ReviewData } from '../core/formats/types.ts';
import {
  teamOutcome,
  type FinalVerdict,
  type Reviewer,
  type ReviewerNote,
  type ReviewerVerdict,
} from './team-verdicts.ts';

/** The claim fields kept as one value (everything but verdict, note and evidence). */
type ClaimBase = Omit<
  ClaimData,
  'status' | 'note' | 'evidence' | 'by' | 'verdictAt' | 'clock' | 'conflict' | 'mine'
>;

/** A claim's shared parts: its base, each reviewer's verdict and note, the final verdict and the evidence. */
export interface SharedClaim {
  base: ClaimBase;
  verdicts: Record<string, ReviewerVerdict>;
  notes: Record<string, ReviewerNote>;
  final: FinalVerdict | null;
  evidence: string[];
}

const same = (a: unknown, b: unknown) => stableStringify(a) === stableStringify(b);

function baseOf(c: ClaimData): ClaimBase {
  const {
    status: _s,
    note: _n,
    evidence: _e,
    by: _b,
    verdictAt: _v,
    clock: _c,
    conflict: _x,
    mine: _m,
    ...base
  } = c;
  return base;
}

/**
 * Claims live in flat top-level maps keyed by claim id (and reviewer id or URL), never in nested
 * types: two reviewers creating one claim at once would otherwise each make a nested map under one
 * key, and one of them would be dropped with its verdict.
 */
const SEP = '\u0001';
const key = (claimId: string, sub: string) => `${claimId}${SEP}${sub}`;
const maps = (doc: Y.Doc) => ({
  base: doc.getMap<ClaimBase>('claimBase'),
  verdicts: doc.getMap<ReviewerVerdict>('verdicts'),
  notes: doc.getMap<ReviewerNote>('notes'),
  final: doc.getMap<FinalVerdict>('final'),
  evidence: doc.getMap<number>('evidence'),
});

/** Sets key to value unless it already holds an equal value. */
function put<T>(map: Y.Map<T>, k: string, value: T | undefined): void {
  if (value === undefined) map.delete(k);
  else if (!same(map.get(k), value)) map.set(k, value);
}

function writeClaim(
  doc: Y.Doc,
  prev: ClaimData | undefined,
  next: ClaimData,
  me: Reviewer,
  now: number,
): void {
  const m = maps(doc);
  const id = next.id;
  if (!prev || !m.base.has(id) || !same(baseOf(prev), baseOf(next))) put(m.base, id, baseOf(next));
  const resolved = prev?.conflict !== undefined && next.conflict === undefined;
  // The reviewer's own verdict, not the team's status the claim shows: pressing the verdict the
  // team already shows is still a verdict, and a status that only followed the team's is none
  // (nor is the status left when the own verdict is dropped, the review no longer shared here).
  const given = next.mine === undefined && prev?.mine !== undefined ? prev.mine : ownStatus(next);
  if ((prev ? ownStatus(prev) !== given : given !== null) || resolved) {
    const at = next.verdictAt ?? now;
    m.verdicts.set(key(id, me.id), { status: given, at, name: me.name });
    const after = sharedClaims(doc)[id];
    const disputed = after
      ? teamOutcome(after.verdicts, after.final, me.id).disagreement !== null
      : false;
    if (me.role === 'editor' && (disputed || resolved || after?.final))
      m.final.set(id, { status: given, at, name: me.name, by: me.id });
  }
  if ((prev?.note ?? '') !== next.note) {
    if (next.note === '') m.notes.delete(key(id, me.id));
    else m.notes.set(key(id, me.id), { text: next.note, at: next.updatedAt || now, name: me.name });
  }
  if (!prev || !same(prev.evidence, next.evidence)) {
    for (const u of prev?.evidence ?? [])
      if (!next.evidence.includes(u)) m.evidence.delete(key(id, u));
    next.evidence.forEach((u, i) => {
      if (!m.evidence.has(key(id, u))) m.evidence.set(key(id, u), now + i / 1000);
    });
  }
}

/** Every claim's shared parts, by claim id. */
export function sharedClaims(doc: Y.Doc): Record<string, SharedClaim> {
  const m = maps(doc);
  const out: Record<string, SharedClaim> = {};
  m.base.forEach((base, id) => {
    out[id] = { base, verdicts: {}, notes: {}, final: m.final.get(id) ?? null, evidence: [] };
  });
  const split = (k: string) => {
    const at = k.indexOf(SEP);
    return [k.slice(0, at), k.slice(at + 1)] as const;
  };
  m.verdicts.forEach((v, k) => {
    const [id, who] = split(k);
    if (out[id]) out[id].verdicts[who] = v;
  });
  m.notes.forEach((n, k) => {
    const [id, who] = split(k);
    if (out[id]) out[id].notes[who] = n;
  });
  const links: [string, string, number][] = [];
  m.evidence.forEach((at, k) => links.push([...split(k), at]));
  links.sort((x, y) => x[2] - y[2] || x[1].localeCompare(y[1]));
  for (const [id, url] of links) out[id]?.evidence.push(url);
  return out;
}

/**
 * Writes what changed between two versions of the review (prev null: all of next) into the
 * document, in one transaction, as reviewer `me`: a changed status is this reviewer's verdict (and
 * the final one when an editor gives it on a disputed claim), a changed note is this reviewer's note.
 */
export function writeReview(
  doc: Y.Doc,
  prev: ReviewData | null,
  next: ReviewData,
  me: Reviewer,
  now: number = Date.now(),
  origin: unknown = null,
): void {
  doc.transact(() => {
    const meta = doc.getMap<unknown>('meta');
    for (const k of ['id', 'name', 'createdAt', 'updatedAt', 'view', 'publishing'] as const)
      if (!prev || !same(prev[k], next[k])) put(meta, k, next[k]);
    const articles = doc.getMap<ReviewData['articles'][number]>('articles');
    next.articles.forEach((a, i) => {
      if (prev?.articles[i] !== a) put(articles, a.id, a);
    });
    put(
      meta,
      'order',
      next.articles.map((a) => a.id),
    );
    const removed = doc.getMap<number>('removedArticles');
    for (const [id, at] of Object.entries(next.removedArticles)) {
      if (prev?.removedArticles[id] === at) continue;
      put(removed, id, at);
      if (!next.articles.some((a) => a.id === id)) articles.delete(id);
    }
    const triage = doc.getMap<NonNullable<ReviewData['triage']>[string]>('triage');
    for (const [key, t] of Object.entries(next.triage ?? {}))
      if (prev?.triage?.[key] !== t) put(triage, key, t);
    for (const c of Object.values(next.claims))
      if (prev?.claims[c.id] !== c) writeClaim(doc, prev?.claims[c.id], c, me, now);
  }, origin);
}

/**
 * A claim for the store from its shared parts, as reviewer `me` sees it: status, by and conflict
 * say what the team's verdicts come to, mine is the verdict `me` gave (null for none).
 */
export function claimFor(shared: SharedClaim, me: string): ClaimData {
  const outcome = teamOutcome(shared.verdicts, shared.final, me);
  const shown =
    shared.final && shared.final.status === outcome.status
      ? shared.final
      : Object.entries(shared.verdicts).find(([, v]) => v.status === outcome.status)?.[1];
  return {
    ...shared.base,
    status: outcome.status,
    note: shared.notes[me]?.text ?? '',
    evidence: shared.evidence,
    mine: shared.verdicts[me]?.status ?? null,
    ...(shown && outcome.status !== null
      ? { by: `reviewer:${shown.name}`, verdictAt: shown.at }
      : {}),
    ...(outcome.disagreement
      ? {
          conflict: outcome.disagreement.map((v) => ({
            status: v.status,
            by: `reviewer:${v.name}`,
            at: v.at,
          })),
        }
      : {}),
  };
}

/** The review the document holds, as reviewer `me` sees it; null while the document is empty. */
export function readReview(doc: Y.Doc, me: string): ReviewData | null {
  const meta = doc.getMap<unknown>('meta');
  if (meta.get('id') === undefined) return null;
  const articles = doc.getMap<ReviewData['articles'][number]>('articles');
  const order = (meta.get('order') as string[] | undefined) ?? [];
  const ids = [...order, ...[...articles.keys()].filter((id) => !order.includes(id)).sort()];
  const claims: ReviewData['claims'] = {};
  for (const [id, shared] of Object.entries(sharedClaims(doc))) claims[id] = claimFor(shared, me);
  const triage = doc.getMap<NonNullable<ReviewData['triage']>[string]>('triage').toJSON();
  const publishing = meta.get('publishing') as ReviewData['publishing'];
  return {
    id: meta.get('id') as string,
    name: meta.get('name') as string,
    createdAt: meta.get('createdAt') as number,
    updatedAt: meta.get('updatedAt') as number,
    articles: ids.flatMap((id) => articles.get(id) ?? []),
    claims,
    removedArticles: doc.getMap<number>('removedArticles').toJSON(),
    view: meta.get('view') as ReviewData['view'],
    ...(publishing ? { publishing } : {}),
    ...(Object.keys(triage).length > 0 ? { triage } : {}),
  };
}
