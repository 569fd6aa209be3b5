import { parseArticle } from '../core/text/index.ts';
import manifest from '../../seeds/manifest.json';
import type { ArticleRecord, Review } from './types.ts';

const texts = import.meta.glob<string>('../../seeds/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

interface ManifestEntry {
  file: string;
  title: string;
  outlet: string;
  date: string | null;
}

/** The sample articles shipped in seeds/, with their manifest metadata. */
export function seedArticles(): ArticleRecord[] {
  const entries = manifest.articles as ManifestEntry[];
  return Object.entries(texts)
    .map(([path, text]) => {
      const file = path.slice(path.lastIndexOf('/') + 1);
      const meta = entries.find((e) => e.file === file);
      // Parse only when the manifest lacks the metadata: start-up stays light.
      const parsed = meta ? null : parseArticle(file, text);
      return {
        id: file,
        text,
        title: meta?.title ?? parsed?.title ?? file,
        outlet: meta?.outlet ?? 'unknown',
        date: meta ? meta.date : (parsed?.date ?? null),
        url: '',
        addedAt: 0,
      };
    })
    // By code unit: the ids are ASCII file names, and a first localeCompare starts an ICU collator,
    // some 10 to 20 ms of start-up.
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The review the app opens on when nothing is saved. */
export function seedReview(id: string, now: number): Review {
  return {
    id,
    name: manifest.reviewName,
    createdAt: now,
    updatedAt: now,
    articles: seedArticles(),
    claims: {},
    removedArticles: {},
    view: { base: null, order: [], hidden: [], collapsed: [] },
  };
}
