import { useId, useState, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import { findAll, MAX_MATCHES, sentenceHolding } from './article-rows.ts';
import { spanKey, type SentenceRef } from './model.ts';

interface Props {
  text: string;
  /** Sentences the filter shows, in reading order. */
  visible: readonly SentenceRef[];
  /** True while the rest of the article is still being parsed. */
  reading: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
  /** Shows the sentence with this span key (scrolled into view, the list's tab stop). */
  onMatch: (key: string) => void;
}

interface Found {
  query: string;
  visible: readonly SentenceRef[];
  /** Span keys of the shown sentences with a match, in reading order. */
  keys: string[];
  at: number;
}

function search(text: string, visible: readonly SentenceRef[], query: string): string[] {
  const keys: string[] = [];
  for (const offset of findAll(text, query)) {
    const s = sentenceHolding(visible, offset);
    const key = s && spanKey(s.start, s.end);
    if (key && keys.at(-1) !== key) keys.push(key);
  }
  return keys;
}

/**
 * Find in a long article. Only the sentences on screen are in the page, so the browser's own find
 * cannot reach the rest: this searches the whole text and brings each match's sentence into view.
 */
export function ArticleFind({ text, visible, reading, inputRef, onMatch }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found | null>(null);

  const step = (e: FormEvent | KeyboardEvent, by: number) => {
    e.preventDefault();
    const same = found && found.query === query && found.visible === visible;
    const keys = same ? found.keys : search(text, visible, query);
    const at = same && keys.length > 0 ? (found.at + by + keys.length) % keys.length : 0;
    setFound({ query, visible, keys, at });
    const key = keys[at];
    if (key !== undefined) onMatch(key);
  };

  let status = '';
  if (found && found.query.trim() !== '')
    status =
      found.keys.length === 0
        ? reading
          ? 'No match yet: the rest of the article is still being read.'
          : 'No match in the shown sentences.'
        : `Sentence ${found.at + 1} of ${found.keys.length}${found.keys.length >= MAX_MATCHES ? '+' : ''} with a match.`;

  return (
    <form className="claims-find" role="search" onSubmit={(e) => step(e, 1)}>
      <label htmlFor={`${id}-q`}>Find in article</label>{' '}
      <input
        id={`${id}-q`}
        ref={inputRef}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && e.shiftKey) step(e, -1);
        }}
      />{' '}
      <button type="submit">Next match</button>{' '}
      <button type="button" onClick={(e) => step(e, -1)}>
        Previous match
      </button>{' '}
      <span role="status" className="claims-muted">
        {status}
      </span>
    </form>
  );
}
