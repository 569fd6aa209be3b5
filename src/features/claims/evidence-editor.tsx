import { useId, useState } from 'react';
import type { Claim } from '../../store/index.ts';
import { splitUrls } from './model.ts';

interface Props {
  claim: Claim;
  /** Saves the links and returns the entries that were refused. */
  onSave: (id: string, urls: string[]) => string[];
}

/** Evidence links of a claim: edited as text, saved through setEvidence, refusals shown. */
export function EvidenceEditor({ claim, onSave }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(claim.evidence.join('\n'));
  const [rejected, setRejected] = useState<string[]>([]);
  return (
    <div className="claims-evidence">
      <label htmlFor={id}>Evidence URLs</label>
      <p className="claims-muted" id={`${id}-help`}>
        One per line or separated by commas; only http(s) links are kept.
      </p>
      <textarea
        id={id}
        rows={3}
        aria-describedby={`${id}-help`}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
      />
      <button type="button" onClick={() => setRejected(onSave(claim.id, splitUrls(draft)))}>
        Save evidence
      </button>
      {rejected.length > 0 && (
        <div role="alert" className="claims-error">
          Not saved — only http(s) URLs are accepted:
          <ul>
            {rejected.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      {claim.evidence.length > 0 && (
        <ul className="claims-links" aria-label="Saved evidence">
          {claim.evidence.map((url) => (
            <li key={url}>
              <a href={url} target="_blank" rel="noopener noreferrer">
                {url}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
