import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { useImport, type ImportOutcome } from './use-import.ts';

const ACCEPT = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

/** Adds articles to the open review: paste text, open files, or drop files on the zone. */
export function ImportPanel() {
  const { addPasted, addFiles } = useImport();
  const [pasted, setPasted] = useState('');
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const pasteId = useId();
  const fileId = useId();

  const onPaste = (event: FormEvent) => {
    event.preventDefault();
    const result = addPasted(pasted);
    setOutcome(result);
    if (result.added.length > 0) setPasted('');
  };
  const onFiles = async (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    setOutcome(await addFiles(files));
    setBusy(false);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void onFiles(Array.from(event.dataTransfer.files));
  };

  return (
    <section className="library-import" aria-labelledby={`${pasteId}-heading`} aria-busy={busy}>
      <h3 id={`${pasteId}-heading`}>Add articles</h3>
      <form className="library-paste" onSubmit={onPaste}>
        <label htmlFor={pasteId}>Article text</label>
        <textarea
          id={pasteId}
          rows={6}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          placeholder="Paste the article's text here"
        />
        <button type="submit">Add article</button>
      </form>
      <div
        className={dragging ? 'library-drop library-drop-active' : 'library-drop'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>Drop .txt, .md or .html files here, or choose them:</p>
        <label htmlFor={fileId}>Open files</label>{' '}
        <input
          id={fileId}
          type="file"
          multiple
          accept={ACCEPT}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            // Cleared so the same file can be opened again.
            e.target.value = '';
            void onFiles(files);
          }}
        />
        <p className="library-hint">
          Up to 5 MB each. HTML pages are cleaned: scripts and images are dropped.
        </p>
      </div>
      <ImportMessages outcome={outcome} />
    </section>
  );
}

function ImportMessages({ outcome }: { outcome: ImportOutcome | null }) {
  return (
    <>
      <div role="status" className="library-status">
        {outcome && outcome.added.length > 0 && (
          <p>
            Added {outcome.added.length === 1 ? 'an article' : `${outcome.added.length} articles`}:{' '}
            {outcome.added.map((t) => `“${t}”`).join(', ')}. {outcome.renamed}
          </p>
        )}
      </div>
      {outcome && outcome.refused.length > 0 && (
        <div role="alert" className="library-refused">
          <p>Not imported:</p>
          <ul>
            {outcome.refused.map((message, i) => (
              <li key={i}>{message}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
