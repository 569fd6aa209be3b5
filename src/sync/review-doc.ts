/**
 * A review as a Yjs document, and back. Claims keep each reviewer's verdict and note under the
 * reviewer's id, so concurrent work by two reviewers merges without loss; the rest of a claim (its
 * anchor, summary...) is one value per claim, the later write winning. Pure: no store, no DOM.
 */
import * as Y from 'yjs';
import { stableStringify } from '../core/claims/canonical.ts';
import type { ClaimData, ReviewData } from '../core/formats/types.ts';
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
  'status' | 'note' | 'evidence' | 'by' | 'verdictAt' | 'clock' | 'conflict'
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
    ...base
  } = c;
  return base;
}

const claimsMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('claims');

/** Sets key to value unless it already holds an equal value. */
function put(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === undefined) map.delete(key);
  else if (!same(map.get(key), value)) map.set(key, value);
}

function writeClaim(
  doc: Y.Doc,
  prev: ClaimData | undefined,
  next: ClaimData,
  me: Reviewer,
  now: number,
): void {
  const claims = claimsMap(doc);
  let m = claims.get(next.id);
  if (!m) {
    m = new Y.Map<unknown>();
    m.set('verdicts', new Y.Map());
    m.set('notes', new Y.Map());
    m.set('evidence', new Y.Array<string>());
    claims.set(next.id, m);
  }
  if (!prev || !same(baseOf(prev), baseOf(next))) put(m, 'base', baseOf(next));
  const resolved = prev?.conflict !== undefined && next.conflict === undefined;
  if ((prev ? prev.status !== next.status : next.status !== null) || resolved) {
    const at = next.verdictAt ?? now;
    const verdicts = m.get('verdicts') as Y.Map<ReviewerVerdict>;
    verdicts.set(me.id, { status: next.status, at, name: me.name });
    const after = readClaim(m);
    const disputed = teamOutcome(after.verdicts, after.final, me.id).disagreement !== null;
    if (me.role === 'editor' && (disputed || resolved || after.final))
      m.set('final', { status: next.status, at, name: me.name, by: me.id } satisfies FinalVerdict);
  }
  if ((prev?.note ?? '') !== next.note) {
    const notes = m.get('notes') as Y.Map<ReviewerNote>;
    if (next.note === '') notes.delete(me.id);
    else notes.set(me.id, { text: next.note, at: next.updatedAt || now, name: me.name });
  }
  if (!prev || !same(prev.evidence, next.evidence)) {
    const evidence = m.get('evidence') as Y.Array<string>;
    const gone = new Set((prev?.evidence ?? []).filter((u) => !next.evidence.includes(u)));
    for (let k = evidence.length - 1; k >= 0; k--)
      if (gone.has(evidence.get(k))) evidence.delete(k, 1);
    const held = new Set(evidence.toArray());
    const added = next.evidence.filter((u) => !held.has(u));
    if (added.length > 0) evidence.push(added);
  }
}

/** A claim's shared parts as plain data. */
export function readClaim(m: Y.Map<unknown>): SharedClaim {
  return {
    base: m.get('base') as ClaimBase,
    verdicts: (m.get('verdicts') as Y.Map<ReviewerVerdict>).toJSON(),
    notes: (m.get('notes') as Y.Map<ReviewerNote>).toJSON(),
    final: (m.get('final') as FinalVerdict | undefined) ?? null,
    evidence: (m.get('evidence') as Y.Array<string>).toArray(),
  };
}

/** Every claim's shared parts, by claim id. */
export function sharedClaims(doc: Y.Doc): Record<string, SharedClaim> {
  const out: Record<string, SharedClaim> = {};
  claimsMap(doc).forEach((m, id) => {
    if (m.get('base') !== undefined) out[id] = readClaim(m);
  });
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
    const articles = doc.getMap<unknown>('articles');
    next.articles.forEach((a, i) => {
      if (prev?.articles[i] !== a) put(articles, a.id, a);
    });
    put(
      meta,
      'order',
      next.articles.map((a) => a.id),
    );
    const removed = doc.getMap<unknown>('removedArticles');
    for (const [id, at] of Object.entries(next.removedArticles)) {
      if (prev?.removedArticles[id] === at) continue;
      put(removed, id, at);
      if (!next.articles.some((a) => a.id === id)) articles.delete(id);
    }
    const triage = doc.getMap<unknown>('triage');
    for (const [key, t] of Object.entries(next.triage ?? {}))
      if (prev?.triage?.[key] !== t) put(triage, key, t);
    for (const c of Object.values(next.claims))
      if (prev?.claims[c.id] !== c) writeClaim(doc, prev?.claims[c.id], c, me, now);
  }, origin);
}

/** A claim for the store from its shared parts, as reviewer `me` sees it. */
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
