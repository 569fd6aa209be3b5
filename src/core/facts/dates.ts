import { MONTH_ABBR, MONTHS, WEEKDAYS } from './lexicon.ts';
import { isYear } from './numbers.ts';
import type { DateFact } from './types.ts';
import { bare, isCapitalised, words } from './words.ts';
import type { Word } from './words.ts';

const RELATIVE_UNITS = new Set(['week', 'weekend', 'month', 'year', 'night', 'morning', 'evening']);
const RELATIVE_WORDS = new Set(['yesterday', 'today', 'tonight', 'tomorrow']);
const LEAD = new Set([
  'on',
  'early',
  'mid',
  'late',
  'last',
  'this',
  'next',
  'by',
  'in',
  'since',
  'until',
]);
const DAY_PART = new Set(['morning', 'afternoon', 'evening', 'night']);

function monthOf(w: Word | undefined): number | null {
  if (!w) return null;
  // A capital first (ASCII answered without the Unicode regex).
  const c = w.text.charCodeAt(0);
  if (c < 128 ? c < 65 || c > 90 : !/^\p{Lu}/u.test(w.text)) return null;
  const i = MONTHS.indexOf(w.lower);
  return i >= 0 ? i + 1 : (MONTH_ABBR.get(w.lower) ?? null);
}

function dayOf(w: Word | undefined): number | null {
  if (!w) return null;
  const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(w.lower);
  const d = m ? Number(m[1]) : NaN;
  return d >= 1 && d <= 31 ? d : null;
}

const SMALL = /^\d{1,2}$/;

/** Words that put a date after them ("on 3/26", "since 9/15"): without a year, a slash date needs one. */
const DATE_BEFORE = new Set([
  'on',
  'since',
  'after',
  'before',
  'by',
  'until',
  'till',
  'from',
  'through',
  'between',
]);

/**
 * A date written with slashes, month first as US news writes it: "on 3/26", "3/26/2016", "3/26/16".
 * Without a year it must follow a word that dates it ("on", "since", a weekday): "a 3/4 majority"
 * is a fraction. One whose parts are both 12 or less reads either way ("4/3/2016" is April 3 in one
 * country, March 4 in another): it is marked swappable, and agrees with a date of either reading.
 * Not one part of a longer run of slashes.
 */
function slashDate(
  ws: Word[],
  n: number,
): { month: number; day: number; year: number | null; last: number; swappable: boolean } | null {
  const [w, d, y] = [ws[n] as Word, ws[n + 1], ws[n + 2]];
  if (!SMALL.test(w.text) || d === undefined || d.before !== '/' || !SMALL.test(d.text)) return null;
  if (/[/\d]$/.test(w.before)) return null;
  const [month, day] = [Number(w.text), Number(d.text)];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const swappable = day <= 12 && day !== month;
  if (y === undefined || y.before !== '/') {
    const lead = ws[n - 1]?.lower ?? '';
    const dated = DATE_BEFORE.has(lead) || WEEKDAYS.includes(bare(lead));
    return dated ? { month, day, year: null, last: n + 1, swappable } : null;
  }
  if (!/^(?:\d{2}|\d{4})$/.test(y.text) || ws[n + 3]?.before === '/') return null;
  const year = Number(y.text) + (y.text.length === 2 ? (Number(y.text) < 50 ? 2000 : 1900) : 0);
  return { month, day, year, last: n + 2, swappable };
}

/** Two dates' month and day agree in some reading (a swappable slash date read either way). */
export function sameDay(x: DateFact, y: DateFact): boolean {
  const same = (m: number | null, d: number | null) =>
    (m === null || y.month === null || m === y.month) && (d === null || y.day === null || d === y.day);
  return same(x.month, x.day) || ((x.swappable === true || y.swappable === true) && same(x.day, x.month));
}

/** Finds dates, weekdays, years and relative days; offsets into text. */
export function extractDates(text: string, ws: Word[] = words(text)): DateFact[] {
  const out: DateFact[] = [];
  const push = (
    first: number,
    last: number,
    f: Omit<DateFact, 'kind' | 'start' | 'end' | 'text'>,
  ) => {
    // Keep a leading preposition or "last"/"early" so the span reads naturally.
    while (first > 0 && LEAD.has(ws[first - 1]?.lower ?? '') && ws[first]?.before === ' ') first--;
    const start = ws[first]?.start ?? 0;
    const end = ws[last]?.end ?? start;
    out.push({ kind: 'date', start, end, text: text.slice(start, end), ...f });
  };
  const none = { weekday: null, month: null, day: null, year: null, relative: null };
  for (let n = 0; n < ws.length; n++) {
    const w = ws[n] as Word;
    const capital = isCapitalised(w.text);
    const wd = capital ? WEEKDAYS.indexOf(bare(w.text)) : -1;
    if (wd >= 0) {
      const last = DAY_PART.has(ws[n + 1]?.lower ?? '') ? n + 1 : n;
      push(n, last, { ...none, weekday: wd });
      n = last;
      continue;
    }
    const month = capital ? monthOf(w) : null;
    if (month !== null) {
      let first = n;
      let last = n;
      let day = dayOf(ws[n + 1]);
      if (day !== null) last = n + 1;
      else if ((day = dayOf(ws[n - 1])) !== null) first = n - 1;
      let year: number | null = null;
      if (isYear(ws, last + 1)) year = Number(ws[++last]?.text);
      push(first, last, { ...none, month, day, year });
      n = last;
      continue;
    }
    const slash = slashDate(ws, n);
    if (slash !== null) {
      push(n, slash.last, {
        ...none,
        month: slash.month,
        day: slash.day,
        year: slash.year,
        ...(slash.swappable ? { swappable: true } : {}),
      });
      n = slash.last;
      continue;
    }
    if (/^\d{4}$/.test(w.text) && isYear(ws, n)) {
      push(n, n, { ...none, year: Number(w.text) });
      continue;
    }
    if (RELATIVE_WORDS.has(w.lower)) {
      push(n, n, { ...none, relative: w.lower });
      continue;
    }
    const unit = ws[n + 1];
    if (
      (w.lower === 'last' || w.lower === 'this' || w.lower === 'next') &&
      unit &&
      RELATIVE_UNITS.has(unit.lower)
    ) {
      out.push({
        kind: 'date',
        start: w.start,
        end: unit.end,
        text: text.slice(w.start, unit.end),
        ...none,
        relative: `${w.lower} ${unit.lower}`,
      });
      n++;
    }
  }
  return out;
}
