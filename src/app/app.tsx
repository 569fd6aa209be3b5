import { useState } from 'react';
import { ClaimsView } from '../features/claims/claims-view.tsx';
import { CompareView } from '../features/compare/compare-view.tsx';
import { LibraryView } from '../features/library/library-view.tsx';
import { ReviewMenu } from '../features/reviews/review-menu.tsx';
import { FaultBanner } from '../features/storage/fault-banner.tsx';

/** The shell: header with the open review, storage warnings, and the compare, claims or articles view. */
export function App() {
  const [view, setView] = useState<'compare' | 'claims' | 'articles'>('compare');
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="brand">Crosscheck</h1>
        <ReviewMenu />
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
          <button
            type="button"
            aria-pressed={view === 'articles'}
            onClick={() => setView('articles')}
          >
            Articles
          </button>
        </nav>
      </header>
      <FaultBanner />
      <main className="app-main">
        {view === 'compare' ? (
          <CompareView />
        ) : view === 'claims' ? (
          <ClaimsView />
        ) : (
          <LibraryView />
        )}
      </main>
    </div>
  );
}
