/**
 * Page furniture detection by general rules: text with no words, common interface phrases,
 * lines repeated within the article, and short label-like lines. Never by strings from any article.
 */

// Interface phrases that news pages wrap around an article (share bars, players, credits, prompts).
const UI_PHRASE =
  /^(?:send (?:in|by|via) e-?mail|share(?: this| on| via|:|$)|follow (?:us|topics|@)|click (?:here|the|to)|tap (?:here|to)|subscribe\b|sign up\b|log ?in\b|read more\b|more on this story|advertisement\b|sponsored\b|listen:|watch:|related:|see also:|image (?:copyright|caption|source)|photo(?:graph)?:|credit:|copyright\b|©|posted (?:on|at|by)\b|published\b|last updated\b|updated\b|getty images|skip (?:to|ad)|cookie|newsletter|download (?:the|our) app|comments?\b)/i;
// Of those, the words that can also open a sentence of the story ("Updated figures show ...").
const PROSE_OPENER =
  /^(?:advertisement|sponsored|copyright|posted|published|last updated|updated|comments?)\b/i;
const PROSE_MIN_WORDS = 10;
// A credit glued to the end of a caption: "...yesterday.Credit: Name, AP".
const TRAILING_CREDIT = /(?:credit|photo|image|picture)s?\s*:\s*[^.!?]{0,60}$/i;
const LETTER = /\p{L}/u;
const FINAL_PUNCT = /[.!?:;,"'”’)\]]$/u;
// Closed-class words (articles, prepositions, pronouns, auxiliaries and modals): a menu of section
// names has none, a Title Case headline nearly always has one ("Operator Will End Ferry Service").
const FUNCTION_WORDS = new Set(
  'a an the of in on at to for from by with and or but as is are was were be been being has have had do does did will would can could may might must shall should not its their his her this that these those into after before over under than'.split(
    ' ',
  ),
);

// White space other than single spaces: only then has a line any to squeeze.
const SQUEEZABLE = /[^\S ]| {2}/;

/** Normalises a line for repetition checks. */
export function lineKey(line: string): string {
  const lower = line.toLowerCase();
  return (SQUEEZABLE.test(lower) ? lower.replace(/\s+/g, ' ') : lower).trim();
}

function words(line: string): string[] {
  return line.split(/\s+/).filter((w) => LETTER.test(w));
}

/** True for an interface phrase, unless it opens a full sentence of prose. */
function isInterfacePhrase(line: string): boolean {
  if (!UI_PHRASE.test(line)) return false;
  const sentence = words(line).length >= PROSE_MIN_WORDS && /[.!?]["'”’)]*$/u.test(line);
  return !(sentence && PROSE_OPENER.test(line));
}

/** True when the line is one phrase typed twice in a row ("Share thisShare this"). */
function isDoubled(line: string): boolean {
  const t = line.trim();
  if (t.length < 6 || t.length % 2 !== 0) return false;
  const half = t.length / 2;
  return t.slice(0, half) === t.slice(half);
}

/** True for a run of capitalised words with no function word, like a section menu. */
function isLabelRun(line: string): boolean {
  if (FINAL_PUNCT.test(line.trim())) return false;
  const ws = words(line);
  if (ws.length < 4) return false;
  return ws.every((w) => /^[\p{Lu}\d]/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase()));
}

/** True for a line that reads as page furniture on its own. */
export function isFurnitureLine(line: string, repeated: boolean): boolean {
  const t = line.trim();
  if (t === '') return true;
  if (!LETTER.test(t)) return true;
  if (isInterfacePhrase(t) || isDoubled(t)) return true;
  // A repeated line is furniture, a credited caption's twin among them.
  if (repeated) return true;
  return isLabelRun(t);
}

/** A short caption or label: few words and no closing punctuation. */
export function isShortLabel(text: string): boolean {
  const t = text.trim();
  return !t.includes('\n') && !FINAL_PUNCT.test(t) && words(t).length <= 6;
}

/**
 * Marks each block as furniture when every line in it is furniture.
 * `blocks` are paragraph texts; repetition is counted across the whole article,
 * comparing lines with any trailing credit removed so a caption and its credited twin match.
 */
export function detectBoilerplate(blocks: readonly string[]): boolean[] {
  return runSteps(detectBoilerplateSteps(blocks));
}

/** Blocks per step of the stepped parse: a few milliseconds of work. */
export const BLOCKS_PER_STEP = 100;

/** Runs a stepped computation to its end. */
export function runSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** detectBoilerplate in steps: it yields after every BLOCKS_PER_STEP blocks, so a caller can pause. */
export function* detectBoilerplateSteps(blocks: readonly string[]): Generator<void, boolean[]> {
  const counts = new Map<string, number>();
  // A trailing credit has a colon: a line without one is its own key's source.
  const keyOf = (line: string) =>
    lineKey(line.includes(':') ? line.replace(TRAILING_CREDIT, '') : line);
  // Each block's lines and their keys, kept for the second pass.
  const lineLists: string[][] = [];
  const keyLists: string[][] = [];
  for (let b = 0; b < blocks.length; b += 1) {
    const lines = blocks[b]!.split('\n');
    const keys = lines.map(keyOf);
    for (const k of keys) if (k.length > 0) counts.set(k, (counts.get(k) ?? 0) + 1);
    lineLists.push(lines);
    keyLists.push(keys);
    if (b % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
  }
  // A page often repeats its headline (the title, then the heading): an opening block that reads as a
  // heading (one line, no closing punctuation) stays text, and only its later copies are furniture.
  // A caption that opens the page and comes back with a credit ends like a sentence and stays furniture.
  const first = blocks.findIndex((b) => b.trim() !== '');
  const head = blocks[first]?.trim() ?? '';
  const opening = !head.includes('\n') && !FINAL_PUNCT.test(head) ? first : -1;
  const out: boolean[] = [];
  for (let k = 0; k < blocks.length; k += 1) {
    const lines = lineLists[k]!;
    const keys = keyLists[k]!;
    out.push(
      lines.every(
        (l, n) =>
          l.trim() === '' || isFurnitureLine(l, k !== opening && (counts.get(keys[n]!) ?? 0) > 1),
      ),
    );
    if (k % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
  }
  // A Title Case headline without a function word reads like a menu of sections; the story under it
  // tells its words ("... Republicans Demand Chairman Adam Schiff's Resignation"), a menu's it does not.
  if (opening >= 0 && out[opening] && toldBelow(head, blocks, out, opening)) out[opening] = false;
  return out;
}

/** Blocks of the story read after an opening line to see whether they tell its words. */
const STORY_BLOCKS = 3;

/**
 * Whether the first STORY_BLOCKS text blocks after `at` use most (three in five) of a label run's
 * longer words, one of them a name the story writes capitalised inside a sentence ("Schiff"): a
 * story about the world economy may use a menu's common words, not its own names.
 */
function toldBelow(
  line: string,
  blocks: readonly string[],
  furniture: readonly boolean[],
  at: number,
): boolean {
  if (!isLabelRun(line) || isInterfacePhrase(line) || isDoubled(line)) return false;
  const key = (w: string) =>
    w
      .toLowerCase()
      .replace(/['’]s$/u, '')
      .replace(/[^\p{L}\p{N}]/gu, '');
  const own = [
    ...new Set(
      words(line)
        .map(key)
        .filter((w) => w.length >= 4),
    ),
  ];
  const story = new Set<string>();
  const names = new Set<string>();
  let seen = 0;
  for (let k = at + 1; k < blocks.length && seen < STORY_BLOCKS; k++) {
    if (furniture[k] || blocks[k]!.trim() === '') continue;
    seen++;
    const ws = words(blocks[k]!);
    ws.forEach((w, n) => {
      story.add(key(w));
      const prev = ws[n - 1];
      if (n > 0 && prev !== undefined && !/[.!?:"”]$/u.test(prev) && /^\p{Lu}\p{Ll}/u.test(w))
        names.add(key(w));
    });
  }
  const told = own.filter((w) => story.has(w));
  return told.length >= 2 && told.length * 5 >= own.length * 3 && told.some((w) => names.has(w));
}
