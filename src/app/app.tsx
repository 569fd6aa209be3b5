import { useState } from 'react';
import { ClaimsView } from '../features/claims/claims-view.tsx';
import { CompareView } from '../features/compare/compare-view.tsx';
import { useAppStore } from '../store/index.ts';

/** The shell: header with the open review and the view switch, then the chosen view. */
export function App() {
  const reviewName = useAppStore((s) => s.reviews[s.activeReviewId]?.name ?? '');
  const [view, setView] = useState<'compare' | 'claims'>('compare');
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="brand">Crosscheck</h1>
        <p className="review-name">{reviewName}</p>
        <nav aria-label="Views">
          <button
            type="button"
            aria-pressed={view === 'compare'}
            onClick={() => setView('compare')}
          >
            Compare
          </button>
          <button type="button" aria-pressed={view === 'claims'} onClick={() => setView('claims')}>
            Claims
          </button>
        </nav>
      </header>
      <main className="app-main">{view === 'compare' ? <CompareView /> : <ClaimsView />}</main>
    </div>
  );
}
