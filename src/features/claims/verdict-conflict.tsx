import { useId } from 'react';
import { useAppStore, type ClaimStatus } from '../../store/index.ts';
import { statusLabel, type Conflicted } from './model.ts';

/** Who gave a verdict, as the reviewer reads it. */
function writer(by: string, self: string): string {
  if (by.startsWith('reviewer:')) return by.slice('reviewer:'.length);
  if (by === self) return 'this tab';
  return by === '' ? 'an earlier save' : `another tab (${by.replace(/^tab-/, '')})`;
}

/** A time to the second: two rival verdicts are often given within a minute. */
const exactTime = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * Verdicts on one claim that tabs gave without seeing each other: each with who and when, and a
 * button per verdict to keep it (any verdict given on the claim resolves the conflict too).
 */
export function VerdictConflict({ claim }: { claim: Conflicted }) {
  const id = useId();
  const tabId = useAppStore((s) => s.tabId);
  const setClaimStatus = useAppStore((s) => s.setClaimStatus);
  const choices = [...new Set(claim.conflict.map((v) => v.status))];
  const keep = (status: ClaimStatus | null) =>
    status === null ? 'Keep it unmarked' : `Keep ${statusLabel(status).toLowerCase()}`;
  return (
    <section className="claims-conflict" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Conflicting verdicts</h3>
      <ul>
        {claim.conflict.map((v) => (
          <li key={`${v.at}-${v.by}-${v.status ?? ''}`}>
            <strong>{statusLabel(v.status)}</strong> by {writer(v.by, tabId)},{' '}
            <time dateTime={new Date(v.at).toISOString()}>{exactTime(v.at)}</time>
          </li>
        ))}
      </ul>
      <p className="claims-muted">
        {claim.conflict.some((v) => v.by.startsWith('reviewer:'))
          ? 'Reviewers disagree. An editor’s choice is final; a reviewer’s changes only their own verdict.'
          : 'Keep one; the other tabs take your choice.'}
      </p>
      {choices.map((s) => (
        <button key={s ?? 'none'} type="button" onClick={() => setClaimStatus(claim.id, s)}>
          {keep(s)}
        </button>
      ))}
    </section>
  );
}
