// Small general word lists. No article-specific words belong here.

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Hedges before a number, longest first, with what they do to the value. */
// prettier-ignore
export const HEDGES: ReadonlyArray<readonly [string, 'above' | 'below' | 'around']> = [
  ['over the age of', 'above'], ['under the age of', 'below'], ['more than', 'above'], ['greater than', 'above'], ['upwards of', 'above'],
  ['in excess of', 'above'], ['at least', 'above'], ['just over', 'above'], ['over', 'above'],
  ['above', 'above'], ['beyond', 'above'], ['fewer than', 'below'], ['less than', 'below'],
  ['just under', 'below'], ['at most', 'below'], ['up to', 'below'], ['as many as', 'below'],
  ['nearly', 'below'], ['almost', 'below'], ['under', 'below'], ['close to', 'below'],
  ['roughly', 'around'], ['about', 'around'], ['around', 'around'], ['approximately', 'around'],
  ['some', 'around'], ['an estimated', 'around'], ['estimated', 'around'],
];

/** Number words and their values. */
// prettier-ignore
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};

/** Multipliers that follow a number: "1.5 million", "two hundred". */
// prettier-ignore
export const MULTIPLIERS: Record<string, number> = {
  hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12,
};

/** Vague plural quantities and the range each allows. */
// prettier-ignore
export const VAGUE: Record<string, readonly [number, number]> = {
  dozens: [24, 99], scores: [40, 99], hundreds: [100, 999], thousands: [1000, 9999],
  millions: [1e6, 9.99e8], billions: [1e9, 9.99e11],
};

/** Ordinal words and their rank. */
// prettier-ignore
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, twentieth: 20, hundredth: 100,
};

/** Fractions: "a third", "one-third", "half". */
// prettier-ignore
export const FRACTIONS: Record<string, number> = {
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4,
  fifth: 1 / 5, fifths: 1 / 5, tenth: 1 / 10, tenths: 1 / 10,
};

/** Units that convert to a base unit: [base, factor]. */
// prettier-ignore
export const UNITS: Record<string, readonly [string, number]> = {
  year: ['year', 1], decade: ['year', 10], century: ['year', 100], month: ['month', 1],
  week: ['day', 7], fortnight: ['day', 14], day: ['day', 1], hour: ['hour', 1],
  minute: ['minute', 1], percent: ['percent', 1], '%': ['percent', 1], dollar: ['money', 1],
  pound: ['money', 1], euro: ['money', 1],
};

/** Weekday names, Monday = 1. */
// prettier-ignore
export const WEEKDAYS = [
  'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
];

/** Month names and their common abbreviations, January = 1. */
// prettier-ignore
export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
];
/** Month abbreviations and their numbers. */
// prettier-ignore
// A map, not an object: a word such as "constructor" would read the object's own properties.
export const MONTH_ABBR: ReadonlyMap<string, number> = new Map(Object.entries({
  jan: 1, feb: 2, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}));

/** Cue verbs of attribution (all forms). */
export const CUES =
  set(`say says said saying tell tells told add adds added claim claims claimed confirm
  confirms confirmed deny denies denied insist insists insisted stated report reports reported announce
  announces announced warn warns warned estimate estimates estimated explain explains explained note
  notes noted acknowledge acknowledged admitted admits argue argues argued allege alleged alleges
  assert asserted quoted cited wrote writes assure assures assured concede concedes conceded stress
  stresses stressed emphasised emphasized contend contends contended maintain maintains maintained
  confess confessed disclosed revealed cautioned concluded concludes`);

/** Words marking an unnamed source. */
export const ANONYMOUS =
  set(`official officials source sources aide aides diplomat diplomats insider insiders
  witness witnesses resident residents spokesperson spokesman spokeswoman people person reportedly reports
  someone analysts observers authorities`);

/** Titles and roles that introduce or mark a person. */
export const TITLES =
  set(`special deputy acting former foreign president vice prime minister secretary chancellor premier king queen prince
  general gen colonel col lieutenant major captain commander admiral sergeant mr mrs ms dr prof sir lord
  lady senator sen governor gov mayor judge justice envoy ambassador spokesman spokeswoman spokesperson
  chief director chairman chairwoman pope bishop imam sheikh lawmaker mp parliamentarian leader
  correspondent editor reporter counterpart`);

/** Words after a capitalised name that make it an organisation. */
export const ORG_WORDS =
  set(`committee council ministry agency service party army forces force bank university
  commission group organisation organization department office court parliament assembly police
  company corporation news times post institute union alliance movement front guard`);

/** Words around a name that make it a place. */
export const PLACE_WORDS =
  set(`province provinces city town village district districts region state county
  country capital border river valley island islands mountains airbase base`);

/** Negators: adding or removing one reverses a statement. */
export const NEGATORS = set(
  `not no never nor none nobody nothing nowhere neither without cannot n't`,
);

/** Pairs of opposite words (both directions). */
// prettier-ignore
export const OPPOSITES: ReadonlyArray<readonly [string, string]> = [
  ['rise', 'fall'], ['rose', 'fell'], ['risen', 'fallen'], ['increase', 'decrease'],
  ['increased', 'decreased'], ['more', 'fewer'], ['higher', 'lower'], ['up', 'down'],
  ['gain', 'loss'], ['won', 'lost'], ['win', 'lose'], ['accept', 'reject'],
  ['accepted', 'rejected'], ['confirmed', 'denied'], ['confirm', 'deny'], ['allow', 'ban'],
  ['allowed', 'banned'], ['approve', 'reject'], ['approved', 'rejected'], ['support', 'oppose'],
  ['supported', 'opposed'], ['before', 'after'], ['entered', 'left'], ['open', 'closed'],
  ['opened', 'closed'], ['guilty', 'innocent'], ['legal', 'illegal'], ['success', 'failure'],
  ['succeeded', 'failed'], ['true', 'false'], ['always', 'never'], ['largest', 'smallest'],
  ['most', 'least'], ['north', 'south'], ['east', 'west'],
];

/** Function words that are not content (for overlap and for leading capitals). */
export const STOP =
  set(`a an the and or but nor so yet of to in on at by for from with into onto over under
  about as than then that this these those there here it its it's he she they them their his her him we
  our you your i me my is are was were be been being has have had do does did will would shall should
  can could may might must not no also just only very more most much many some any all each other such
  which who whom whose what when where why how while after before since until if because though although
  however but thus therefore meanwhile amid among between through during against up down out off again
  further once both either neither own same too s t now yet still even ever new said says say`);
