import { lazy, Suspense, useEffect, useState } from 'react';
import { CompareView } from '../features/compare/compare-view.tsx';
import { ReviewMenu } from '../features/reviews/review-menu.tsx';
import { FaultBanner } from '../features/storage/fault-banner.tsx';
import { warnBeforeUnload } from '../store/drafts.ts';
import { getAppStore } from '../store/index.ts';

// Loaded on first use, so the start-up bundle holds only what the compare view needs.
const ClaimsView = lazy(() =>
  import('../features/claims/claims-view.tsx').then((m) => ({ default: m.ClaimsView })),
);
const LibraryView = lazy(() =>
  import('../features/library/library-view.tsx').then((m) => ({ default: m.LibraryView })),
);
const ShareView = lazy(() => import('../features/share/share-view.tsx'));
const TeachView = lazy(() => import('../features/teach/teach-view.tsx'));

/** The shell: header with the open review, storage warnings, and the compare, claims, articles, share or teach view. */
export function App() {
  const [view, setView] = useState<'compare' | 'claims' | 'articles' | 'share' | 'teach'>(
    'compare',
  );
  // Typed notes, evidence or exercise answers not yet saved: ask before the page goes.
  useEffect(() => warnBeforeUnload(() => getAppStore().getState()), []);
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
          <button type="button" aria-pressed={view === 'share'} onClick={() => setView('share')}>
            Share
          </button>
          <button type="button" aria-pressed={view === 'teach'} onClick={() => setView('teach')}>
            Teach
          </button>
        </nav>
      </header>
      <FaultBanner />
      <main className="app-main">
        {view === 'compare' ? (
          <CompareView />
        ) : (
          <Suspense fallback={<p aria-busy="true">Loading…</p>}>
            {view === 'claims' ? (
              <ClaimsView />
            ) : view === 'articles' ? (
              <LibraryView />
            ) : view === 'share' ? (
              <ShareView />
            ) : (
              <TeachView />
            )}
          </Suspense>
        )}
      </main>
    </div>
  );
}
