import { useEffect, useState, type RefObject } from 'react';
import { readSelection, type TextOf, type TextSelection } from './selection.ts';

/**
 * The reviewer's last text selection inside the container, as article offsets. Kept while focus
 * moves to a button (which may collapse the selection); cleared by a click in the text. With an
 * articleId only a selection in that article counts; with null, one in any article inside.
 */
export function useTextSelection(
  container: RefObject<HTMLElement | null>,
  articleId: string | null,
  text: TextOf,
): [TextSelection | null, () => void] {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  useEffect(() => {
    const update = () => {
      const el = container.current;
      const found = readSelection(el, text);
      if (found) {
        setSelection(found);
        return;
      }
      const native = document.getSelection();
      const inside = native?.anchorNode ? el?.contains(native.anchorNode) : false;
      if (inside && native?.isCollapsed) setSelection(null);
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [container, text]);
  // A selection read from another text is stale.
  const current = articleId === null || selection?.articleId === articleId ? selection : null;
  return [current, () => setSelection(null)];
}
