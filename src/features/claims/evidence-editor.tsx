import { useId, useState } from 'react';
import { committedText, readFieldDraft, writeFieldDraft } from '../../store/drafts.ts';
import { useAppStore, type Claim } from '../../store/index.ts';
import { splitUrls } from './model.ts';

interface Props {
  claim: Claim;
  /** Saves the links and returns the entries that were refused. */
  onSave: (id: string, urls: string[]) => string[];
}

/**
 * Evidence links of a claim: edited as text, saved through setEvidence, refusals shown. Typed text
 * is kept as a draft until it is saved whole, so it survives a click elsewhere and a reload.
 */
export function EvidenceEditor({ claim, onSave }: Props) {
  const id = useId();
  const reviewId = useAppStore((s) => s.activeReviewId);
  const [kept] = useState(() => readFieldDraft(reviewId, claim.id, 'evidence'));
  const [draft, setDraft] = useState(kept ?? committedText(claim, 'evidence'));
  const [unsaved, setUnsaved] = useState(kept !== null);
  const [rejected, setRejected] = useState<string[]>([]);
  const change = (text: string) => {
    const same = text === committedText(claim, 'evidence');
    setDraft(text);
    setUnsaved(!same);
    writeFieldDraft(reviewId, claim.id, 'evidence', same ? null : text);
  };
  const save = () => {
    const refused = onSave(claim.id, splitUrls(draft));
    setRejected(refused);
    // Refused entries stay in the box, and in the draft, until they are fixed or removed.
    if (refused.length > 0) return;
    setUnsaved(false);
    writeFieldDraft(reviewId, claim.id, 'evidence', null);
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
