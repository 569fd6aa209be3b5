import { useId, useState, type FormEvent } from 'react';
import { getAppStore, type ArticleRecord } from '../../store/index.ts';
import { webUrl } from './html-text.ts';

type Fields = Pick<ArticleRecord, 'title' | 'outlet' | 'url'> & { date: string };

const fieldsOf = (a: ArticleRecord): Fields => ({
  title: a.title,
  outlet: a.outlet,
  date: a.date ?? '',
  url: a.url,
});

/**
 * An article's title, outlet, date and URL. There is no store action for details alone, so saving
 * re-adds the record with the same id and unchanged text: every mark re-anchors exactly.
 */
export function DetailsForm({ article }: { article: ArticleRecord }) {
  const saved = fieldsOf(article);
  const [fields, setFields] = useState(saved);
  const [base, setBase] = useState(saved);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const id = useId();
  // Details saved here or in another tab replace the form's values.
  if (JSON.stringify(base) !== JSON.stringify(saved)) {
    setBase(saved);
    setFields(saved);
  }
  const changed = JSON.stringify(fields) !== JSON.stringify(saved);

  const onSave = (event: FormEvent) => {
    event.preventDefault();
    const url = fields.url.trim();
    if (url && !webUrl(url)) {
      setMessage({ error: true, text: 'The URL must start with http:// or https://.' });
      return;
    }
    const current = getAppStore()
      .getState()
      .reviews[getAppStore().getState().activeReviewId]?.articles.find((a) => a.id === article.id);
    if (!current) return;
    getAppStore()
      .getState()
      .setArticleDetails(current.id, {
        title: fields.title.trim() || current.id,
        outlet: fields.outlet.trim(),
        date: /^\d{4}-\d{2}-\d{2}$/.test(fields.date) ? fields.date : null,
        url,
      });
    setMessage({ error: false, text: 'Details saved.' });
  };
  const field = (name: keyof Fields, label: string, type = 'text') => (
    <div className="library-field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        name={name}
        type={type}
        value={fields[name]}
        onChange={(e) => {
          setFields({ ...fields, [name]: e.target.value });
          setMessage(null);
        }}
      />
    </div>
  );

  return (
    <form className="library-details" onSubmit={onSave}>
      {field('title', 'Title')}
      {field('outlet', 'Outlet')}
      {field('date', 'Date', 'date')}
      {field('url', 'URL', 'url')}
      <button type="submit" disabled={!changed}>
        Save details
      </button>
      {message?.error ? (
        <span role="alert" className="library-error">
          {message.text}
        </span>
      ) : (
        <span role="status" className="library-note">
          {message?.text}
        </span>
      )}
    </form>
  );
}
