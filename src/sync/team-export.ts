/**
 * A shared review's verdicts as the exports take them: plain data (core/formats/team-export.ts)
 * from each claim's shared parts. Pure: no Yjs, no store.
 */
import type { ReviewerEntry, TeamClaim, TeamExport } from '../core/formats/team-export.ts';
import type { SharedClaim } from './review-doc.ts';
import { teamOutcome } from './team-verdicts.ts';

/** What the team's verdicts on one claim come to, with each reviewer's verdict and note. */
export function teamClaimOf(shared: SharedClaim, names: Map<string, string>): TeamClaim {
  const outcome = teamOutcome(shared.verdicts, shared.final, '');
  const ids = new Set([...Object.keys(shared.verdicts), ...Object.keys(shared.notes)]);
  const reviewers: ReviewerEntry[] = [...ids].map((id) => {
    const v = shared.verdicts[id];
    const n = shared.notes[id];
    return {
      reviewer: id,
      name: names.get(id) ?? v?.name ?? n?.name ?? id,
      status: v?.status ?? null,
      at: v?.status ? v.at : null,
      note: n?.text ?? '',
      noteAt: n ? n.at : null,
    };
  });
  const order = [...names.keys()];
  reviewers.sort((a, b) => order.indexOf(a.reviewer) - order.indexOf(b.reviewer));
  // With no disagreement, every verdict after an editor's final one agrees with it.
  const settled = shared.final !== null && shared.final.status === outcome.status;
  return {
    outcome: outcome.disagreement
      ? 'disagreement'
      : outcome.status === null
        ? 'open'
        : settled
          ? 'final'
          : 'agreed',
    status: outcome.disagreement ? null : outcome.status,
    reviewers: reviewers.filter((r) => r.status !== null || r.note.trim() !== ''),
  };
}

/** The team's verdicts on every claim, and everyone who gave one or wrote a note, by name. */
export function teamExportOf(claims: Record<string, SharedClaim>): TeamExport {
  // Each reviewer's latest name (a reviewer may have renamed themselves between verdicts).
  const latest = new Map<string, { name: string; at: number }>();
  const see = (id: string, name: string, at: number) => {
    const seen = latest.get(id);
    if (!seen || at >= seen.at) latest.set(id, { name, at });
  };
  for (const c of Object.values(claims)) {
    for (const [id, v] of Object.entries(c.verdicts)) if (v.status !== null) see(id, v.name, v.at);
    for (const [id, n] of Object.entries(c.notes)) if (n.text.trim() !== '') see(id, n.name, n.at);
  }
  const reviewers = [...latest]
    .map(([id, { name }]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const names = new Map(reviewers.map((r) => [r.id, r.name]));
  const out: TeamExport = { reviewers, claims: {} };
  for (const [id, c] of Object.entries(claims)) out.claims[id] = teamClaimOf(c, names);
  return out;
}
