import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { CompareView } from '../features/compare/compare-view.tsx';
import { IntroPanel } from '../features/intro/intro-panel.tsx';
import { focusWhenPresent } from '../features/intro/focus-target.ts';
import { SkipLinks } from '../features/intro/skip-links.tsx';
import { useIntro } from '../features/intro/use-intro.ts';
import { ReviewMenu } from '../features/reviews/review-menu.tsx';
import { TeamLinkBanner, TeamStatus } from '../features/reviews/team-status.tsx';
import { FaultBanner } from '../features/storage/fault-banner.tsx';
import { OfflineBanner } from '../features/offline/offline-banner.tsx';
import { warnBeforeUnload } from '../store/drafts.ts';
import { getAppStore, useAppStore } from '../store/index.ts';
import { readLastView, setLastView } from '../store/place.ts';

// Loaded on first use, so the start-up bundle holds only what the compare view needs.
const ClaimsView = lazy(() =>
  import('../features/claims/claims-view.tsx').then((m) => ({ default: m.ClaimsView })),
);
const LibraryView = lazy(() =>
  import('../features/library/library-view.tsx').then((m) => ({ default: m.LibraryView })),
);
const ShareView = lazy(() => import('../features/share/share-view.tsx'));
const TeachView = lazy(() => import('../features/teach/teach-view.tsx'));

const VIEWS = ['compare', 'claims', 'articles', 'share', 'teach'] as const;
type View = (typeof VIEWS)[number];

/** The view open when the page was left (a reload comes back to it), or Compare. */
function lastView(): View {
  const saved = readLastView();
  return VIEWS.find((v) => v === saved) ?? 'compare';
}

/** The shell: header with the open review, storage warnings, and the compare, claims, articles, share or teach view. */
export function App() {
  const [view, setViewState] = useState<View>(lastView);
  const setView = (next: View) => {
    setViewState(next);
    setLastView(next);
  };
  // Typed notes, evidence or exercise answers not yet saved: ask before the page goes.
  useEffect(() => warnBeforeUnload(() => getAppStore().getState()), []);
  const intro = useIntro();
  const howItWorks = useRef<HTMLButtonElement>(null);
  // A review without articles has no rows, findings or claims to skip to.
  const empty = useAppStore((s) => (s.reviews[s.activeReviewId]?.articles.length ?? 0) === 0);
  return (
    <div className="app">
      <SkipLinks
        targets={
          empty
            ? []
            : view === 'compare'
              ? ['grid', 'findings', 'claim']
              : view === 'claims'
                ? ['claim']
                : []
        }
        onNoClaimPanel={() => setView('claims')}
      />
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
        <button
          type="button"
          ref={howItWorks}
          className="how-it-works"
          aria-expanded={view === 'compare' && intro.open}
          onClick={() => {
            setView('compare');
            intro.show();
          }}
        >
          How it works
        </button>
        <TeamStatus />
      </header>
      <FaultBanner />
      {view === 'compare' && intro.open && (
        <IntroPanel
          focusOnOpen={intro.requested}
          onDismiss={() => {
            intro.dismiss();
            howItWorks.current?.focus();
          }}
        />
      )}
      <main className="app-main">
        {view === 'compare' ? (
          <CompareView
            onAddArticles={() => {
              setView('articles');
              // Straight to the paste box of the import, not the top of the page.
              focusWhenPresent(() =>
                document.querySelector<HTMLElement>('.library-import textarea'),
              );
            }}
            onEditOutlet={(id) => {
              setView('articles');
              // Straight to that article's Outlet field, in its details form.
              focusWhenPresent(() =>
                document.querySelector<HTMLElement>(
                  `[data-article-id="${CSS.escape(id)}"] input[name="outlet"]`,
                ),
              );
            }}
          />
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
      {/* At the foot: a connection lost or back never moves the work under the pointer. */}
      <footer className="app-status">
        <OfflineBanner />
        <TeamLinkBanner />
      </footer>
    </div>
  );
}
