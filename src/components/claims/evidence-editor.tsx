import { useId, useState } from 'react';
import type { ClaimData as Claim } from '../../core/formats/types.ts';
import { splitUrls, type FieldDrafts } from './claim-text.ts';

const committed = (claim: Claim) => claim.evidence.join('\n');

interface Props {
  claim: Claim;
  /** Saves the links and returns the entries that were refused. */
  onSave: (id: string, urls: string[]) => string[];
  /** Where typed text is kept until it is saved. */
  drafts: FieldDrafts;
}

/**
 * Evidence links of a claim: edited as text, saved through setEvidence, refusals shown. Typed text
 * is kept as a draft until it is saved whole, so it survives a click elsewhere and a reload.
 */
export function EvidenceEditor({ claim, onSave, drafts }: Props) {
  const id = useId();
  const [kept] = useState(() => drafts.read(claim.id, 'evidence'));
  const [draft, setDraft] = useState(kept ?? committed(claim));
  const [unsaved, setUnsaved] = useState(kept !== null);
  const [rejected, setRejected] = useState<string[]>([]);
  const change = (text: string) => {
    const same = text === committed(claim);
    setDraft(text);
    setUnsaved(!same);
    drafts.write(claim.id, 'evidence', same ? null : text);
  };
  const save = () => {
    const refused = onSave(claim.id, splitUrls(draft));
    setRejected(refused);
    // Refused entries stay in the box, and in the draft, until they are fixed or removed.
    if (refused.length > 0) return;
    setUnsaved(false);
    drafts.write(claim.id, 'evidence', null);
  };
  return (
    <div className="claims-evidence">
      <label htmlFor={id}>Evidence URLs</label>
      <p className="claims-muted" id={`${id}-help`}>
        One per line or separated by commas; only http(s) links are kept.
        {unsaved && ' Draft, not saved yet.'}
      </p>
      <textarea
        id={id}
        rows={3}
        aria-describedby={`${id}-help`}
        value={draft}
        onChange={(e) => change(e.target.value)}
      />
      <button type="button" onClick={save}>
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
