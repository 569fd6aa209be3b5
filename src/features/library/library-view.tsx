import { useState } from 'react';
import { useAppStore, type ArticleRecord } from '../../store/index.ts';
import { ArticleItem } from './article-item.tsx';
import { ImportPanel } from './import-panel.tsx';

const NO_ARTICLES: ArticleRecord[] = [];

/** The open review's articles: add them (paste, open, drop), edit their details, replace or remove them. */
export function LibraryView() {
  const articles = useAppStore((s) => s.reviews[s.activeReviewId]?.articles ?? NO_ARTICLES);
  const [removed, setRemoved] = useState('');
  return (
    <div className="library">
      <h2 className="library-title">Articles</h2>
      <ImportPanel />
      <section className="library-articles" aria-labelledby="library-articles-heading">
        <h3 id="library-articles-heading">Articles in this review ({articles.length})</h3>
        <p role="status" className="library-note">
          {removed}
        </p>
        {articles.length === 0 ? (
          <p className="library-empty">No articles yet: paste one or open a file above.</p>
        ) : (
          <ul className="library-list" aria-label="Articles in this review">
            {articles.map((a) => (
              <li key={a.id}>
                <ArticleItem article={a} onRemoved={setRemoved} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
