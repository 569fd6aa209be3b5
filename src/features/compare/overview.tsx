import { useDeferredValue } from 'react';
import type { Finding } from '../../core/compare/index.ts';
import type { ArticleRecord } from '../../store/index.ts';
import { DiscrepancyPanel } from './discrepancy-panel.tsx';
import { HeatMap } from './heat-map.tsx';
import { useAfterPaint } from './use-progressive.ts';

interface Props {
  records: readonly ArticleRecord[];
  matrix: number[][];
  items: readonly { row: number; finding: Finding }[];
  onPick: (a: string, b: string) => void;
  onJump: (row: number) => void;
}

/**
 * The sidebar: heat map and discrepancy list. Filled in once the grid's first rows are painted:
 * with 20 articles the heat map alone has some 850 elements, and laying them out in the same frame
 * as the rows would hold the first screen back.
 */
export function Overview({ records, matrix, items, onPick, onJump }: Props) {
  // Deferred, so React first commits the grid's own after-paint work (the virtualizer attaching,
  // which reads the layout) and then renders the map, in slices, before the next frame lays it out.
  const painted = useDeferredValue(useAfterPaint());
  return (
    <aside className="sidebar" aria-label="Overview">
      {painted && (
        <>
          <HeatMap records={records} matrix={matrix} onPick={onPick} />
          <DiscrepancyPanel items={items} records={records} onJump={onJump} />
        </>
      )}
    </aside>
  );
}
