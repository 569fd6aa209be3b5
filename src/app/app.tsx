import { CompareView } from '../features/compare/compare-view.tsx';
import { useAppStore } from '../store/index.ts';

/** The shell: header with the open review, and the compare view. */
export function App() {
  const reviewName = useAppStore((s) => s.reviews[s.activeReviewId]?.name ?? '');
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="brand">Crosscheck</h1>
        <p className="review-name">{reviewName}</p>
      </header>
      <main className="app-main">
        <CompareView />
      </main>
    </div>
  );
}
