/** Offers text to the reviewer as a file download. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file-name-safe timestamp, e.g. 2026-11-21T07-05-00. */
export function fileStamp(date = new Date()): string {
  return date.toISOString().slice(0, 19).replace(/:/g, '-');
}

/** Device names Windows reserves whatever the extension ("con.json" cannot be saved there). */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;
/** How many characters (code points) of a name a slug keeps. */
const SLUG_LENGTH = 60;

/**
 * A name as a file-name-safe slug, or the fallback when nothing is left of it: letters and digits
 * of any script are kept ("王芳", "σοφία"), lower-cased; every run of anything else (spaces,
 * punctuation, path separators, control and reserved characters such as <>:"/\|?*) becomes one
 * hyphen, none at either end, so no trailing dot or space is left either.
 */
export function slug(name: string, fallback: string): string {
  const s = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code points, so no character is split in half.
  const cut = [...s].slice(0, SLUG_LENGTH).join('').replace(/-+$/, '');
  if (cut === '' || /^\p{M}/u.test(cut)) return cut === '' ? fallback : `${fallback}-${cut}`;
  return RESERVED.test(cut) ? `${cut}-${fallback}` : cut;
}
