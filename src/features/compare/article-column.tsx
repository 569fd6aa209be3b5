import type { Article } from '../../core/text/index.ts';
import type { ArticleRecord } from '../../store/index.ts';

interface Props {
  record: ArticleRecord;
  article: Article;
}

/** One article as a scrolling column: title, outlet, date and its paragraphs. */
export function ArticleColumn({ record, article }: Props) {
  const headingId = `col-${record.id}`;
  return (
    <section className="column" aria-labelledby={headingId} data-testid="article-column">
      <header className="column-head">
        <h2 id={headingId} className="column-title">
          {record.title || article.title}
        </h2>
        <p className="column-meta">
          <span>{record.outlet || 'unknown outlet'}</span>
          {' · '}
          <span>{record.date ?? article.date ?? 'undated'}</span>
          {' · '}
          <span>{article.paragraphs.length} paragraphs</span>
        </p>
      </header>
      <div className="column-body" tabIndex={0} aria-label={`Text of ${record.title}`}>
        {article.paragraphs.map((p) => (
          <p key={p.index} className={p.boilerplate ? 'para boilerplate' : 'para'}>
            {p.text}
          </p>
        ))}
      </div>
    </section>
  );
}
