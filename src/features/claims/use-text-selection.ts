import { useEffect, useState, type RefObject } from 'react';
import { readSelection, type TextSelection } from './selection.ts';

/**
 * The reviewer's last text selection inside the article container, as article offsets. Kept while
 * focus moves to a button (which may collapse the selection); cleared by a click in the text.
 */
export function useTextSelection(
  container: RefObject<HTMLElement | null>,
  articleId: string,
  text: string,
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
  const current = selection?.articleId === articleId ? selection : null;
  return [current, () => setSelection(null)];
}
