import { CompareView } from '../features/compare/compare-view.tsx';
import { ReviewMenu } from '../features/reviews/review-menu.tsx';
import { FaultBanner } from '../features/storage/fault-banner.tsx';

/** The shell: header with the open review, storage warnings, and the compare view. */
export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="brand">Crosscheck</h1>
        <ReviewMenu />
      </header>
      <FaultBanner />
      <main className="app-main">
        <CompareView />
      </main>
    </div>
  );
}
