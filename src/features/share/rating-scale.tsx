import { CLAIM_STATUSES, STATUS_LABELS, type PublishSettings } from '../../core/formats/index.ts';
import { DraftInput } from './draft-input.tsx';

interface Props {
  id: string;
  settings: PublishSettings;
  onChange: (patch: Partial<PublishSettings>) => void;
}

/** Calls `apply` with the text as a whole number from -1000 to 1000; anything else is not saved. */
const whole = (s: string, apply: (n: number) => void) => {
  const n = Number(s.trim());
  if (/^-?\d{1,4}$/.test(s.trim()) && Math.abs(n) <= 1_000) apply(n);
};

/** The newsroom's rating scale: worst and best, and a label and value for each status. */
export function RatingScale({ id, settings, onChange }: Props) {
  return (
    <fieldset className="share-scale">
      <legend>Rating scale</legend>
      <p className="share-hint">Set once: each verdict is published with this label and number.</p>
      <div className="share-scale-ends">
        <label htmlFor={`${id}-worst`}>Worst</label>
        <DraftInput
          id={`${id}-worst`}
          inputMode="numeric"
          size={4}
          value={String(settings.worst)}
          onCommit={(v) => whole(v, (worst) => onChange({ worst }))}
        />
        <label htmlFor={`${id}-best`}>Best</label>
        <DraftInput
          id={`${id}-best`}
          inputMode="numeric"
          size={4}
          value={String(settings.best)}
          onCommit={(v) => whole(v, (best) => onChange({ best }))}
        />
      </div>
      <table className="share-scale-table">
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Label</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {CLAIM_STATUSES.map((s) => {
            const r = settings.ratings[s];
            const set = (patch: Partial<typeof r>) =>
              onChange({ ratings: { ...settings.ratings, [s]: { ...r, ...patch } } });
            return (
              <tr key={s}>
                <th scope="row">{STATUS_LABELS[s]}</th>
                <td>
                  <DraftInput
                    aria-label={`Label for ${STATUS_LABELS[s]}`}
                    size={12}
                    maxLength={200}
                    value={r.label}
                    onCommit={(v) => set({ label: v })}
                  />
                </td>
                <td>
                  <DraftInput
                    aria-label={`Value for ${STATUS_LABELS[s]}`}
                    inputMode="numeric"
                    size={4}
                    value={String(r.value)}
                    onCommit={(v) => whole(v, (value) => set({ value }))}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
