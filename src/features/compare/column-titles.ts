/** Words a title starts with that another shown title starts with too, at least this many to cut. */
const MIN_SHARED = 3;
/** Words of the shared start kept before the part that differs, so the cut part reads on. */
const KEEP = 1;

const words = (t: string) => t.split(/\s+/).filter(Boolean);

/** How many leading words two word lists share (case-insensitively). */
function sharedStart(a: readonly string[], b: readonly string[]): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k]!.toLowerCase() === b[k]!.toLowerCase()) k++;
  return k;
}

/**
 * Short forms of column titles that can be told apart in a narrow header: where a title starts
 * like another one ("More than 1,000 Afghan soldiers flee…" twice), the shared start is replaced by
 * "…" and the words that differ come first. A title that another one merely continues, or one
 * shared by nothing, is kept whole. The full titles stay available to hover, focus and screen readers.
 */
export function distinctTitles(titles: readonly string[]): string[] {
  const split = titles.map(words);
  return titles.map((title, k) => {
    const mine = split[k]!;
    let shared = 0;
    split.forEach((other, j) => {
      if (j !== k) shared = Math.max(shared, sharedStart(mine, other));
    });
    // Nothing left after the shared start: this title is the other's beginning; show it whole.
    if (shared < MIN_SHARED || shared >= mine.length) return title;
    return `…${mine.slice(Math.max(0, shared - KEEP)).join(' ')}`;
  });
}
