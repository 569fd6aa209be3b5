import { pointAt } from '../../components/point-at.ts';

/**
 * Where the skip links and the introduction's "Show me" buttons lead. Views mark their landmarks
 * with data-skip; the first focusable control inside is focused, or the landmark itself.
 */
export type SkipTarget = 'grid' | 'findings' | 'claim';

/** How each target is found, most specific first. */
const SELECTORS: Record<SkipTarget, { area: string; focus: string | string[] }> = {
  // The grid's one tab stop: its active row.
  grid: { area: '[data-skip="grid"]', focus: '[role="row"][tabindex="0"]' },
  // The list's tab stop (the selected finding, else the first), or its first button.
  findings: { area: '[data-skip="findings"]', focus: ['li [tabindex="0"]', 'li button'] },
  // The compare view's claim panel when it has one, or the Claims view's side panel.
  claim: {
    area: '[data-skip="claim"], .claims-side',
    focus: 'textarea, button:not(:disabled), [tabindex="0"]',
  },
};

/** The landmark of a target on the page now, if any. */
export function findTarget(target: SkipTarget, root: ParentNode = document): HTMLElement | null {
  return root.querySelector<HTMLElement>(SELECTORS[target].area);
}

/** Moves focus into a target and scrolls it into view; false when the page has no such target. */
export function focusTarget(target: SkipTarget, root: ParentNode = document): boolean {
  const area = findTarget(target, root);
  if (!area) return false;
  const focus = SELECTORS[target].focus;
  let inner: HTMLElement | null = null;
  for (const selector of typeof focus === 'string' ? [focus] : focus)
    inner ??= area.querySelector<HTMLElement>(selector);
  const el = inner ?? area;
  if (!inner && !area.hasAttribute('tabindex')) area.setAttribute('tabindex', '-1');
  el.focus();
  el.scrollIntoView?.({ block: 'nearest' });
  pointAt(area);
  return true;
}

/** Focuses what `find` returns once a view that is still loading shows it (for about two seconds). */
export function focusWhenPresent(find: () => HTMLElement | null | boolean, tries = 120): void {
  const found = find();
  if (found === true) return;
  if (found) {
    found.focus();
    return;
  }
  if (tries > 0) requestAnimationFrame(() => focusWhenPresent(find, tries - 1));
}

/**
 * Focuses a sentence in the grid (the active row's first), which opens its mark buttons under the
 * paragraph, then moves focus to those buttons and outlines them; false when the grid has no sentence.
 */
export function focusMarks(root: ParentNode = document): boolean {
  const grid = findTarget('grid', root);
  const row = grid?.querySelector('[role="row"][tabindex="0"]');
  const sentence =
    row?.querySelector<HTMLElement>('[data-sentence]') ??
    grid?.querySelector<HTMLElement>('[data-sentence]');
  if (!sentence) return false;
  sentence.focus();
  sentence.scrollIntoView?.({ block: 'nearest' });
  focusWhenPresent(() => {
    const details = root.querySelector<HTMLElement>('.g-details');
    const button = details?.querySelector<HTMLElement>('.claims-status-buttons button');
    if (!details || !button) return null;
    pointAt(details);
    return button;
  });
  return true;
}
