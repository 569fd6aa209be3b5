import { useId, useState, type ChangeEvent } from 'react';
import { parseReviewJson } from '../../core/formats/index.ts';
import { useAppStore } from '../../store/index.ts';

type Outcome = { ok: true; message: string } | { ok: false; message: string };

/** The text of an opened file (Blob.text where the browser has it). */
export function readText(file: Blob): Promise<string> {
  return typeof file.text === 'function' ? file.text() : new Response(file).text();
}

/** Opens a review file as a new review; a bad file changes nothing and says why. */
export function ImportPanel() {
  const id = useId();
  const importReview = useAppStore((s) => s.importReview);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const parsed = parseReviewJson(await readText(file));
    // Cleared so that opening the same file again fires change again.
    input.value = '';
    if (!parsed.ok) return setOutcome({ ok: false, message: `${file.name}: ${parsed.error}` });
    importReview(parsed.review);
    const count = Object.values(parsed.review.claims).filter((c) => c.status !== null).length;
    setOutcome({
      ok: true,
      message: `Imported “${parsed.review.name}” as a new review with ${parsed.review.articles.length} articles and ${count} marked claims; it is now open.`,
    });
  };
  return (
    <section className="share-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Import</h2>
      <label htmlFor={`${id}-file`}>Open a review file (.json)</label>{' '}
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        onChange={(e) => void open(e)}
      />
      <p role="status" className="share-ok">
        {outcome?.ok ? outcome.message : ''}
      </p>
      {outcome && !outcome.ok && (
        <p role="alert" className="share-error">
          {outcome.message}
        </p>
      )}
    </section>
  );
}
