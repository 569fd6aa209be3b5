import type { Alignment } from '../core/align/index.ts';
import type { Article } from '../core/text/index.ts';

const SNIPPET = 72;

/** Letters A, B, ... Z, AA, AB ... naming articles in the table. */
function letter(k: number): string {
  let s = '';
  let n = k;
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

function snippet(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= SNIPPET ? t : `${t.slice(0, SNIPPET - 1)}…`;
}

/** A readable alignment table: the articles, then each row with its paragraphs and their openings. */
export function formatAlignment(articles: readonly Article[], alignment: Alignment): string {
  const out: string[] = [];
  const name = new Map(articles.map((a, k) => [a.id, letter(k)]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  out.push(`Alignment of ${articles.length} article(s); rows follow ${name.get(alignment.base) ?? '?'} (${alignment.base})`);
  for (const a of articles) {
    out.push(`  ${name.get(a.id)}  ${a.id}  ${a.date ?? ''}  ${snippet(a.title)}  [${a.paragraphs.length} paragraphs]`);
  }
  const kinds = new Map<string, number>();
  for (const l of alignment.links) kinds.set(l.kind, (kinds.get(l.kind) ?? 0) + 1);
  out.push(`Links: ${alignment.links.length} (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ') || 'none'})`);
  out.push('');
  alignment.rows.forEach((row, r) => {
    const present = articles.filter((a) => row.cells[a.id] !== undefined || row.refs[a.id] !== undefined);
    const shared = present.length > 1 ? `shared by ${present.map((a) => name.get(a.id)).join(' ')}` : 'unique';
    out.push(`Row ${r + 1}  (${shared})`);
    for (const a of articles) {
      const cells = row.cells[a.id] ?? [];
      for (const p of cells) {
        const para = byId.get(a.id)?.paragraphs[p];
        const mark = para?.boilerplate ? ' (boilerplate)' : '';
        out.push(`  ${name.get(a.id)}[${p}]${mark} ${snippet(para?.text ?? '')}`);
      }
      const refs = row.refs[a.id];
      if (refs && refs.length > 0) out.push(`  ${name.get(a.id)} also: ${refs.map((p) => `[${p}]`).join(' ')} (shown in another row)`);
    }
  });
  return `${out.join('\n')}\n`;
}
