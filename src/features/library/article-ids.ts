/** An article id from a file name, unique among `taken`: `report.html`, then `report-2.html`, ... */
export function fileArticleId(fileName: string, taken: ReadonlySet<string>): string {
  const name = fileName.trim().replace(/[\\/]/g, '_') || 'article.txt';
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  let n = 2;
  while (taken.has(`${stem}-${n}${ext}`)) n += 1;
  return `${stem}-${n}${ext}`;
}

/** The first free `pasted-N.txt` id. */
export function pastedArticleId(taken: ReadonlySet<string>): string {
  let n = 1;
  while (taken.has(`pasted-${n}.txt`)) n += 1;
  return `pasted-${n}.txt`;
}
