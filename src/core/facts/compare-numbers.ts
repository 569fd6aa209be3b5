import { discrepancy } from './discrepancy.ts';
import { MONTH_ABBR, MONTHS, WEEKDAYS } from './lexicon.ts';
import type { Draft } from './discrepancy.ts';
import type { Pairing, ParagraphView } from './pairing.ts';
import { changedRuns } from './runs.ts';
import { cachedByObject, contentStems } from './words.ts';
import { sameDay } from './dates.ts';
import type { DateFact, NumberFact } from './types.ts';

const shared = (x: string[], y: string[]) => x.filter((w) => y.includes(w)).length;
const same = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
const isNumber = (f: { kind: string }): f is NumberFact => f.kind === 'number';
const isDate = (f: { kind: string }): f is DateFact => f.kind === 'date';

/** Without a shared counted noun, numbers are compared only in sentences sharing this much content. */
const ALONE_OVERLAP = 0.25;
/** Measures (years, days, per cent) without a shared noun need closer sentences when several are present. */
const UNIT_ONLY_OVERLAP = 0.35;

/** Sentences this close compare their ranks even when the ranked nouns differ. */
const ORDINAL_OVERLAP = 0.5;

/** Whether an ordinal counts from a later start: "the first ... since 1979", "the third time since". */
function countsSince(s: Pairing['a'], f: NumberFact): boolean {
  const k = s.words.findIndex((w) => w.start >= f.end);
  if (k < 0) return false;
  return s.words.slice(k, k + 8).some((w) => w.lower === 'since');
}

/** Numbers that count the same thing in two paired sentences, best matches first, each used once. */
function matchNumbers(p: Pairing): Array<[NumberFact, NumberFact]> {
  const xs = p.a.facts.filter(isNumber);
  const ys = p.b.facts.filter(isNumber);
  const cands: Array<[number, NumberFact, NumberFact]> = [];
  for (const x of xs) {
    for (const y of ys) {
      if (x.unit !== y.unit) continue;
      // "The first black senator since Brooke" counts from Brooke, "the second from the state" from the start.
      if (x.unit === 'ordinal' && (countsSince(p.a, x) || countsSince(p.b, y))) continue;
      const nouns = shared(x.noun, y.noun);
      // "the first time" and "the second black senator": ranks of two different things (unless the
      // sentences are close: "the first woman to chair" / "the second female chair").
      if (
        x.unit === 'ordinal' &&
        nouns === 0 &&
        x.noun.length > 0 &&
        y.noun.length > 0 &&
        p.overlap < ORDINAL_OVERLAP
      )
        continue;
      const alone =
        xs.filter((v) => v.unit === x.unit).length === 1 &&
        ys.filter((v) => v.unit === y.unit).length === 1;
      // Without a shared noun: the only number of its kind on both sides, or a measure in close sentences.
      const measured = x.unit !== '' && x.unit !== 'ordinal' && p.overlap >= UNIT_ONLY_OVERLAP;
      if (nouns === 0 && !(alone && p.overlap >= ALONE_OVERLAP) && !measured) continue;
      cands.push([
        nouns * 4 + (same(x.value, y.value) ? 2 : 0) + (x.high >= y.low && y.high >= x.low ? 1 : 0),
        x,
        y,
      ]);
    }
  }
  cands.sort((u, v) => v[0] - u[0] || u[1].start - v[1].start || u[2].start - v[2].start);
  const used = new Set<NumberFact>();
  const out: Array<[NumberFact, NumberFact]> = [];
  for (const [, x, y] of cands) {
    if (used.has(x) || used.has(y)) continue;
    used.add(x);
    used.add(y);
    out.push([x, y]);
  }
  return out;
}

/** Numbers that disagree: different values whose ranges do not meet, or the same value hedged differently. */
export function compareNumbers(p: Pairing, aText: string, bText: string): Draft[] {
  const out: Draft[] = [];
  for (const [x, y] of matchNumbers(p)) {
    const r = [x.start, x.end, y.start, y.end] as const;
    if (same(x.value, y.value) && x.hedge === y.hedge) continue;
    // The same bound or estimate of another figure ("more than 1,000" / "more than 1,300").
    const bound = x.hedge === y.hedge && x.hedge !== 'exact' && x.hedge !== 'vague';
    if (bound && !same(x.value, y.value)) {
      out.push(discrepancy('number', aText, bText, r, 'high', 'The figures disagree: {a} vs {b}.'));
      continue;
    }
    if (same(x.value, y.value) || (x.high >= y.low && y.high >= x.low)) {
      // Compatible ranges: only a changed hedge on the same figure is worth a look.
      if (same(x.value, y.value) && x.hedge !== 'vague' && y.hedge !== 'vague')
        out.push(
          discrepancy(
            'number',
            aText,
            bText,
            r,
            'low',
            'The figure is hedged differently: {a} vs {b}.',
          ),
        );
      continue;
    }
    out.push(discrepancy('number', aText, bText, r, 'high', 'The figures disagree: {a} vs {b}.'));
  }
  return out;
}

/**
 * Whether two dates stand in the same words: the two words before them are the same, or the word
 * before and the word after ("who ran the agency from [1990] until" / "led it from [1991] until").
 */
function sameSlot(p: Pairing, x: DateFact, y: DateFact): boolean {
  const around = (s: Pairing['a'], d: DateFact) => {
    const k = s.words.findIndex((w) => w.start >= d.start);
    const e = s.words.findIndex((w) => w.start >= d.end);
    return {
      two: k >= 2 ? `${s.keys[k - 2]} ${s.keys[k - 1]}` : null,
      one: k >= 1 ? s.keys[k - 1] : null,
      next: e >= 0 ? s.keys[e] : null,
    };
  };
  const [u, v] = [around(p.a, x), around(p.b, y)];
  return (
    (u.two !== null && u.two === v.two) ||
    (u.one != null && u.one === v.one && u.next != null && u.next === v.next)
  );
}

/** Words between a thing and its date: "the primary in mid May", "the vote early on Tuesday". */
const DATE_LEAD = new Set([
  'on',
  'in',
  'by',
  'for',
  'at',
  'of',
  'mid',
  'early',
  'late',
  'until',
  'since',
  'the',
  'a',
  'an',
  'its',
  'their',
]);

/**
 * The content word that a date dates, as a stem: the word before it, over prepositions and the like
 * ("primaries in mid May" -> "primari"), or null.
 */
function datedWord(s: Pairing['a'], d: DateFact): string | null {
  let k = s.words.findIndex((w) => w.start >= d.start) - 1;
  if (k < -1) k = s.words.length - 1;
  while (k >= 0 && DATE_LEAD.has(s.words[k]?.lower ?? '')) k--;
  const w = s.words[k];
  if (w === undefined || /\d/.test(w.text)) return null;
  // A verb dates what its subject did, and two subjects may do it on two dates ("Ruiz died in 2019"
  // / "her husband died in 2021"): only a thing dated ("primaries in mid May") is one thing.
  const before = s.words[k - 1]?.lower ?? '';
  if (PAST.test(w.lower) || IRREGULAR_PAST.has(w.lower) || VERB_BEFORE.has(before)) return null;
  const [st] = contentStems(w.text);
  return st ?? null;
}

const PAST = /[^e]ed$|[^aeiou]ied$/u;
const IRREGULAR_PAST = new Set(
  `met won lost left began begun held took taken made ran fell rose quit told said sent became gave
  given got put set cut paid sold bought built brought fought came went born seen saw shot hit led
  spoke wrote broke chose drove flew grew knew threw wore hung struck stood sat done gone been was
  were is are be die dies dying meet meets sign signs open opens close closes start starts end ends`.split(
    /\s+/,
  ),
);
/** Words after which the next word is a verb: "will hold", "to meet". */
const VERB_BEFORE = new Set([
  'to',
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'did',
  'does',
  'do',
]);

/** Whether both dates date the same thing: "primaries in mid May" / "a primary in April". */
function sameThing(p: Pairing, x: DateFact, y: DateFact): boolean {
  const u = datedWord(p.a, x);
  return u !== null && u === datedWord(p.b, y);
}

// Words that open a clause of its own time: "after the summary was released Sunday".
const SUBORDINATE = new Set(['after', 'before', 'since', 'until', 'when', 'once', 'while']);

/**
 * Whether a date dates another event than the other sentence tells: it stands in a time clause of its
 * own ("... told the Post after the summary was released Sunday") whose words the other sentence
 * mostly lacks, while the other's date does not ("... told the Post on Tuesday").
 */
function otherEvent(s: Pairing['a'], d: DateFact, other: Pairing['a'], e: DateFact): boolean {
  const clauseStart = (t: Pairing['a'], f: DateFact) => {
    const at = t.words.findIndex((w) => w.start >= f.start);
    let k = (at < 0 ? t.words.length : at) - 1;
    while (k >= 0 && !SUBORDINATE.has(t.words[k]?.lower ?? '')) k--;
    return [k, at] as const;
  };
  const [k, at] = clauseStart(s, d);
  // Both dates in time clauses ("since Brooke held the seat from 1966" / "after Brooke, who served
  // from 1967") date the same kind of event: they are compared.
  if (k < 0 || clauseStart(other, e)[0] >= 0) return false;
  const clause = [...contentStems(s.text, s.words.slice(k + 1, at < 0 ? undefined : at))].filter(
    (w) => !/\d/.test(w) && !CALENDAR.has(w),
  );
  if (clause.length === 0) return false;
  return clause.filter((w) => other.stems.has(w)).length < clause.length / 2;
}

/** Two dates are compared only in sentences sharing this many content words besides figures and dates. */
const MIN_SHARED = 2;
const CALENDAR = new Set([...MONTHS, ...WEEKDAYS]);

/** Content words two paired sentences share, figures and calendar words aside: what they are both about. */
function sharedWords(p: Pairing): number {
  let n = 0;
  for (const s of p.a.stems) if (p.b.stems.has(s) && !/\d/.test(s) && !CALENDAR.has(s)) n++;
  return n;
}

/** Two dates differ only where one stands in place of the other, in a changed stretch this short. */
const DATE_RUN = 4;
/** Sentences this close compare their dates wherever they stand. */
const DATE_OVERLAP = 0.5;

const FIELDS = ['weekday', 'month', 'day', 'year', 'relative'] as const;

/** Dates that disagree in paired sentences: a field both give (weekday, month, day, year) differs. */
export function compareDates(p: Pairing, aText: string, bText: string): Draft[] {
  const xs = p.a.facts.filter(isDate);
  const ys = p.b.facts.filter(isDate);
  if (xs.length === 0 || ys.length === 0) return [];
  const about = sharedWords(p) >= MIN_SHARED;
  // A span of time on both sides ("from 1967 to 1979" / "from 1967 to 1981") differs when either end does.
  const [ra, rb] = [spanOf(aText, xs), spanOf(bText, ys)];
  const [xa, xb, ya, yb] = [xs[0], xs[1], ys[0], ys[1]];
  if (about && xa && xb && ya && yb && ra[1] === xb.end && rb[1] === yb.end) {
    const differs = (u: DateFact, v: DateFact) => !agree(u, v);
    if (differs(xa, ya) || differs(xb, yb))
      return [
        discrepancy('date', aText, bText, [...ra, ...rb], 'high', 'The date differs: {a} vs {b}.'),
      ];
    return [];
  }
  for (const field of FIELDS) {
    const xv = xs.filter((d) => d[field] !== null);
    const yv = ys.filter((d) => d[field] !== null);
    if (xv.length === 0 || yv.length === 0) continue;
    // Only when no value is shared: a sentence may name several days.
    if (xv.some((d) => yv.some((e) => d[field] === e[field]))) continue;
    // A slash date that reads either way agrees with a date of its other reading.
    if ((field === 'month' || field === 'day') && xv.some((d) => yv.some((e) => sameDay(d, e))))
      continue;
    if (field === 'day' && !xv.some((d) => yv.some((e) => d.month === e.month))) continue;
    if (field === 'relative' && (xs.length > xv.length || ys.length > yv.length)) continue;
    const x = xv[0] as DateFact;
    const y = yv[0] as DateFact;
    // Sentences about something else date it too; one thing dated twice is compared wherever it stands.
    const same = sameThing(p, x, y);
    if (!about && !same) continue;
    // Loosely paired sentences often date different events (when it happened, when it was said):
    // there the two dates must stand in the same changed stretch, in place of each other.
    const inPlace = () =>
      changedRuns(p).some(
        (r) =>
          Math.max(r.aj - r.ai, r.bj - r.bi) <= DATE_RUN &&
          r.aStart < x.end &&
          x.start < r.aEnd &&
          r.bStart < y.end &&
          y.start < r.bEnd,
      );
    if (p.overlap < DATE_OVERLAP && !inPlace() && !sameSlot(p, x, y) && !same) return [];
    if (otherEvent(p.a, x, p.b, y) || otherEvent(p.b, y, p.a, x)) return [];
    // A span of time is shown whole on both sides: "from 1967 to 1979" / "from 1966 to 1978".
    const [x0, x1] = spanOf(aText, xv);
    const [y0, y1] = spanOf(bText, yv);
    const r = [x0, x1, y0, y1] as const;
    return [discrepancy('date', aText, bText, r, 'high', 'The date differs: {a} vs {b}.')];
  }
  return [];
}

const CALENDAR_FIELDS = ['weekday', 'month', 'day', 'year'] as const;

/** Two dates agree in every calendar field both give (month and day in some reading: see sameDay). */
function agree(x: DateFact, y: DateFact): boolean {
  const same = (f: 'weekday' | 'year') => x[f] === null || y[f] === null || x[f] === y[f];
  return same('weekday') && same('year') && sameDay(x, y);
}

/**
 * A paragraph's month and weekday names and abbreviations and the numbers a date is written with,
 * sorted and joined ('' for none); read once per view, as is datedThings (see cachedByObject).
 */
const calendarWords = cachedByObject((v: ParagraphView): string => {
  const out: string[] = [];
  const ws = v.words;
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k] as (typeof ws)[number];
    const c = w.text.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      // Only what a date is written with: a day ("5", "26th"), a year, a part of "3/26/2016".
      if (DAY_OR_YEAR.test(w.text) || w.before === '/' || ws[k + 1]?.before === '/')
        out.push(w.lower);
    } else if (CALENDAR.has(w.lower) || MONTH_ABBR.has(w.lower)) out.push(w.lower);
  }
  return out.sort().join(' ');
});

const DAY_OR_YEAR = /^(?:\d{1,2}(?:st|nd|rd|th)?|(?:1[89]|20)\d\d)$/;

const RANGE_JOIN = /^\s*(?:to|until|through|-|–|—)\s*$/u;

/** The first date of a list, or the first two as one span when they make a span of time ("1967 to 1979"). */
function spanOf(text: string, ds: readonly DateFact[]): [number, number] {
  const [x, y] = ds as [DateFact, DateFact | undefined];
  if (y === undefined) return [x.start, x.end];
  const join = text.slice(x.end, y.start);
  // "until June 9" carries its joining word in its span; "between 1967 and 1979" joins with "and".
  const joined =
    RANGE_JOIN.test(join) ||
    (/^\s*$/u.test(join) && /^(?:until|through|to)\b/iu.test(y.text)) ||
    (/^\s*and\s*$/u.test(join) && /\bbetween\s*$/iu.test(text.slice(0, x.start)));
  return joined ? [x.start, y.end] : [x.start, x.end];
}

/** A paragraph's absolute dates by the word each dates (see datedWord), read once per view. */
const datedThings = cachedByObject((v: ParagraphView) => {
  const m = new Map<string, Array<[Pairing['a'], DateFact]>>();
  for (const s of v.sentences)
    for (const d of s.facts.filter(isDate)) {
      if (d.relative !== null) continue;
      const w = datedWord(s, d);
      if (w === null) continue;
      const list = m.get(w);
      if (list) list.push([s, d]);
      else m.set(w, [[s, d]]);
    }
  return m;
});

/**
 * One thing dated differently anywhere in two linked paragraphs, also in sentences the alignment did
 * not pair: "will hold special-election primaries in mid May" / "to face off in a primary in April".
 * Only when the thing is dated once on each side and every date it carries on one side disagrees
 * with the other's in a calendar field both give.
 */
export function compareDatedThings(a: ParagraphView, b: ParagraphView): Draft[] {
  // Read from the words alone, before any fact is extracted: the calendar words and years of each
  // side. None on one side, or the same on both, and no date can disagree.
  const [ca, cb] = [calendarWords(a), calendarWords(b)];
  if (ca === '' || cb === '' || ca === cb) return [];
  const [xa, xb] = [datedThings(a), datedThings(b)];
  const out: Draft[] = [];
  for (const [w, xs] of xa) {
    const ys = xb.get(w);
    if (ys === undefined || xs.length !== 1 || ys.length !== 1) continue;
    const [[sa, x], [sb, y]] = [xs[0], ys[0]] as [
      [Pairing['a'], DateFact],
      [Pairing['a'], DateFact],
    ];
    // Sentences that name people or bodies, none of them the same, date two people's doings.
    const named = (v: Pairing['a']) =>
      new Set(v.facts.flatMap((f) => (f.kind === 'name' ? [f.key] : [])));
    const [na, nb] = [named(sa), named(sb)];
    if (na.size > 0 && nb.size > 0 && ![...na].some((k) => nb.has(k))) continue;
    const field = CALENDAR_FIELDS.find((f) => x[f] !== null && y[f] !== null);
    if (field === undefined || agree(x, y)) continue;
    if (otherEvent(sa, x, sb, y) || otherEvent(sb, y, sa, x)) continue;
    const r = [x.start, x.end, y.start, y.end] as const;
    out.push(discrepancy('date', a.text, b.text, r, 'high', 'The date differs: {a} vs {b}.'));
  }
  return out;
}
