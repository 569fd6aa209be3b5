import { focusTarget, focusWhenPresent, type SkipTarget } from './focus-target.ts';

const LABELS: Record<SkipTarget, string> = {
  grid: 'Skip to the aligned rows',
  findings: 'Skip to the discrepancy list',
  claim: 'Skip to the claim panel',
};

interface Props {
  /** The parts of the open view that can be skipped to, in page order. */
  targets: readonly SkipTarget[];
  /** Called when the claim panel is not on this view: the shell opens the view that has one. */
  onNoClaimPanel?: () => void;
}

/** The page's first tab stops, shown when focused: each moves focus into a part of the open view. */
export function SkipLinks({ targets, onNoClaimPanel }: Props) {
  const go = (target: SkipTarget) => {
    if (focusTarget(target)) return;
    if (target === 'claim' && onNoClaimPanel) {
      onNoClaimPanel();
      focusWhenPresent(() => focusTarget(target));
    }
  };
  if (targets.length === 0) return null;
  return (
    <nav className="skip-links" aria-label="Skip links">
      {targets.map((t) => (
        // Buttons, not links to a hash: the claim panel may be on another view, and each target
        // is focused inside (the grid's active row, the first finding), not at its edge.
        <button key={t} type="button" onClick={() => go(t)}>
          {LABELS[t]}
        </button>
      ))}
    </nav>
  );
}
