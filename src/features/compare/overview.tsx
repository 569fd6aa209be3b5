import { useDeferredValue, useMemo } from 'react';
import type { Comparison } from '../../core/compare/index.ts';
import type { ArticleRecord } from '../../store/index.ts';
import { DiscrepancyPanel } from './discrepancy-panel.tsx';
import { panelFindings } from './grid-model.ts';
import { HeatMap } from './heat-map.tsx';
import { useAfterPaint } from './use-progressive.ts';

interface Props {
  /** Out of sight (the reader turned the sidebar off); its finding keys still work. */
  hidden?: boolean;
  records: readonly ArticleRecord[];
  matrix: number[][];
  comparison: Comparison | null;
  /** The shown articles, whose findings the list holds. */
  visible: readonly string[];
  onPick: (a: string, b: string) => void;
  onJump: (row: number) => void;
  /** Scrolls the grid to a row, focus staying in the list (a finding stepped to). */
  onShow?: ((row: number) => void) | undefined;
  /** The selected finding's key, and where a new selection goes. */
  selectedFinding?: string | null | undefined;
  onSelectFinding?: ((key: string) => void) | undefined;
}

/**
 * The sidebar: heat map and discrepancy list. Filled in once the grid's first rows are painted:
 * with 20 articles the heat map alone has some 850 elements, and laying them out in the same frame
 * as the rows would hold the first screen back.
 */
export function Overview({
  hidden = false,
  records,
  matrix,
  comparison,
  visible,
  onPick,
  onJump,
  ...more
}: Props) {
  // Deferred, so React first commits the grid's own after-paint work (the virtualizer attaching,
  // which reads the layout) and then renders the map, in slices, before the next frame lays it out.
  const painted = useDeferredValue(useAfterPaint());
  // Gathering thousands of pair-wise discrepancies into findings is a task of its own, after the
  // grid's, and a deferred one: a newer comparison interrupts it.
  const deferred = useDeferredValue(comparison);
  const items = useMemo(
    () => (painted && deferred ? panelFindings(deferred, visible) : []),
    [painted, deferred, visible],
  );
  return (
    <aside className="sidebar" aria-label="Overview" hidden={hidden}>
      {painted && (
        <>
          <HeatMap records={records} matrix={matrix} onPick={onPick} />
          <DiscrepancyPanel
            items={items}
            records={records}
            articles={deferred?.articles}
            onJump={onJump}
            onShow={more.onShow}
            selected={more.selectedFinding}
            onSelect={more.onSelectFinding}
          />
        </>
      )}
    </aside>
  );
}
