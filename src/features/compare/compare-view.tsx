import { useAppStore } from '../../store/index.ts';
import { ArticleColumn } from './article-column.tsx';
import { useParsedArticles } from './use-parsed-articles.ts';

const NO_ARTICLES: never[] = [];

/** The articles of the open review side by side. */
export function CompareView() {
  const records = useAppStore((s) => s.reviews[s.activeReviewId]?.articles ?? NO_ARTICLES);
  const articles = useParsedArticles(records);
  if (records.length === 0) {
    return <p className="empty">This review has no articles yet.</p>;
  }
  return (
    <div className="columns" style={{ gridTemplateColumns: `repeat(${records.length}, minmax(0, 1fr))` }}>
      {records.map((r, k) => (
        <ArticleColumn key={r.id} record={r} article={articles[k]!} />
      ))}
    </div>
  );
}
