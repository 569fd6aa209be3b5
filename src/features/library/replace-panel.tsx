import { useId, useState, type FormEvent } from 'react';
import { useAppStore, type ReanchorCounts } from '../../store/index.ts';
import { normalizeText } from './formats.ts';
import { readArticleFile } from './read-file.ts';

/** How the replace message counts verdicts that now stand on changed text. */
function changedNote(n: number): string {
  if (n === 0) return '';
  const which = n === 1 ? '1 verdict stands' : `${n} verdicts stand`;
  return ` ${which} on changed text: marked "text changed since it was checked" in Claims until confirmed.`;
}

/** Replaces an article's text with an edited version (pasted or from a file) and reports how its marks re-anchored. */
export function ReplacePanel({ articleId }: { articleId: string }) {
  const replaceArticleText = useAppStore((s) => s.replaceArticleText);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [counts, setCounts] = useState<ReanchorCounts | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const replace = (raw: string) => {
    const clean = normalizeText(raw);
    if (!clean.trim()) {
      setError('There is no text to replace with.');
      return;
    }
    setError(null);
    setCounts(replaceArticleText(articleId, clean));
    setText('');
    setOpen(false);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    replace(text);
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await readArticleFile(file);
    if (result.ok) replace(result.draft.text);
    else setError(result.message);
  };

  return (
    <div className="library-replace">
      {open ? (
        <form onSubmit={onSubmit} aria-label="Replace with edited version">
          <label htmlFor={`${id}-text`}>Edited text</label>
          <textarea
            id={`${id}-text`}
            rows={5}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit">Replace text</button>{' '}
          <label htmlFor={`${id}-file`}>or open the edited file</label>{' '}
          <input
            id={`${id}-file`}
            type="file"
            accept=".txt,.md,.markdown,.html,.htm"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              void onFile(file);
            }}
          />{' '}
          <button type="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          Replace with edited version
        </button>
      )}
      {error && (
        <p role="alert" className="library-error">
          {error}
        </p>
      )}
      <p role="status" className="library-note">
        {counts &&
          `Text replaced. Marks re-anchored: ${counts.exact} exact, ${counts.moved} moved, ${counts.fuzzy} fuzzy, ${counts.orphaned} orphaned.${changedNote(counts.changed)}`}
      </p>
    </div>
  );
}
