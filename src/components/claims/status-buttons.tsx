import type { ClaimStatus } from '../../core/claims/index.ts';
import { STATUSES, statusLabel } from './claim-text.ts';

interface Props {
  status: ClaimStatus | null;
  /** Called with the new status, or null when the pressed one is clicked again. */
  onChange: (status: ClaimStatus | null) => void;
  /** Names the group, e.g. "Mark sentence 3". */
  label: string;
  tabIndex?: number;
}

/** Verified / Disputed / Unsourced as toggle buttons; clicking the pressed one clears it. */
export function StatusButtons({ status, onChange, label, tabIndex }: Props) {
  return (
    <span role="group" aria-label={label} className="claims-status-buttons">
      {STATUSES.map((s) => (
        <button
          key={s.status}
          type="button"
          className={`claims-toggle claims-toggle-${s.status}`}
          aria-pressed={status === s.status}
          tabIndex={tabIndex}
          onClick={() => onChange(status === s.status ? null : s.status)}
        >
          {s.label}
        </button>
      ))}
    </span>
  );
}

/** A small badge with a claim's status. */
export function StatusBadge({ status }: { status: ClaimStatus | null }) {
  return (
    <span className={`claims-badge claims-badge-${status ?? 'none'}`}>{statusLabel(status)}</span>
  );
}
