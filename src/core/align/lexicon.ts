/**
 * General English word lists for matching news text. Nothing here comes from any one article:
 * function words, irregular verb forms, number words and common news paraphrases.
 */

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Function words: they carry no reported content and weigh nothing. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  words(`a about above across after again against ago all almost along already also although always am
  among an and another any anyone anything are around as at be because been before being below between
  both but by can could did do does doing down during each either else even ever every few for from
  further had has have having he her here hers herself him himself his how however i if in including
  into is it its itself just least less like many may me might more most much must my myself near nearly
  neither no nor not now of off often on once one only onto or other others otherwise our ours out over
  own per perhaps rather roughly same several shall she should since so some such than that the their
  theirs them themselves then there these they this those though through thus to too toward towards
  under until up upon us very via was we were what whatever when where whether which while who whom
  whose why will with within without would yet you your approximately around some almost
  mr mrs ms dr st`),
);

/** Common words that say little on their own (reporting verbs, time words): they weigh a fraction. */
export const LIGHT_WORDS: ReadonlySet<string> = new Set(
  words(`say tell add report accord official source statement news time year week day month today
  yesterday people make take go get come give put new last next first previous latest recent currently
  well back way thing part case number lot still just told reportedly according also include`),
);

/** Irregular inflections mapped to their base form. */
export const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    fled: 'flee', took: 'take', taken: 'take', said: 'say', says: 'say', told: 'tell', led: 'lead',
    left: 'leave', met: 'meet', fought: 'fight', brought: 'bring', began: 'begin', begun: 'begin',
    held: 'hold', won: 'win', lost: 'lose', went: 'go', gone: 'go', came: 'come', made: 'make',
    saw: 'see', seen: 'see', gave: 'give', given: 'give', kept: 'keep', sought: 'seek',
    thought: 'think', knew: 'know', known: 'know', felt: 'feel', found: 'find', spoke: 'speak',
    spoken: 'speak', wrote: 'write', written: 'write', struck: 'strike', stricken: 'strike',
    rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', drew: 'draw', drawn: 'draw',
    withdrew: 'withdraw', withdrawn: 'withdraw', shot: 'shoot', sent: 'send', spent: 'spend',
    built: 'build', bought: 'buy', sold: 'sell', caught: 'catch', taught: 'teach', paid: 'pay',
    laid: 'lay', heard: 'hear', meant: 'mean', stood: 'stand', understood: 'understand',
    ran: 'run', chose: 'choose', chosen: 'choose', broke: 'break', broken: 'break', drove: 'drive',
    driven: 'drive', flew: 'fly', flown: 'fly', grew: 'grow', grown: 'grow', hid: 'hide',
    hidden: 'hide', overran: 'overrun', overtook: 'overtake', overtaken: 'overtake', wore: 'wear',
    worn: 'wear', ate: 'eat', eaten: 'eat', forgot: 'forget', forgotten: 'forget', bore: 'bear',
    borne: 'bear', born: 'bear', beaten: 'beat', bit: 'bite', bitten: 'bite', dealt: 'deal',
    fed: 'feed', fought_: 'fight', hung: 'hang', lent: 'lend', lit: 'light', slain: 'slay',
    slew: 'slay', sank: 'sink', sunk: 'sink', swore: 'swear', sworn: 'swear', threw: 'throw',
    thrown: 'throw', woke: 'wake', woken: 'wake', arose: 'arise', arisen: 'arise', shaken: 'shake',
    shook: 'shake', sped: 'speed', stole: 'steal', stolen: 'steal', stuck: 'stick', swept: 'sweep',
    tore: 'tear', torn: 'tear', wept: 'weep', wound_: 'wind', is: 'be', are: 'be', was: 'be',
    were: 'be', been: 'be', has: 'have', had: 'have', did: 'do', done: 'do', children: 'child',
    men: 'man', women: 'woman', people: 'people', mice: 'mouse', feet: 'foot', teeth: 'tooth',
    lives: 'life', wives: 'wife', knives: 'knife', halves: 'half', thieves: 'thief',
    leaves_: 'leaf', criteria: 'criterion', media: 'media', data: 'data', news: 'news',
    crises: 'crisis', analyses: 'analysis', bases: 'base', series: 'series', species: 'species',
  }).filter(([k]) => !k.endsWith('_')),
);

/** Number words mapped to digits, so "twenty years" meets "20 years". */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
    ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15',
    sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19', twenty: '20', thirty: '30',
    forty: '40', fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90', dozen: '12',
  }),
);

/** Multipliers that follow a number: "1.6 million" is 1600000. */
export const MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1000],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

/** Words rewritten into several tokens before matching. */
export const EXPANSIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['fortnight', ['2', 'week']],
  ['percent', ['%']],
  ['pc', ['%']],
  ['britain', ['uk']],
  ['british', ['uk']],
  ['american', ['usa']],
  ['america', ['usa']],
]);

/** Two-word names folded to one token (matched on lowercased words). */
export const PHRASES: ReadonlyMap<string, string> = new Map([
  ['united states', 'usa'],
  ['united kingdom', 'uk'],
  ['great britain', 'uk'],
  ['united nations', 'un'],
  ['per cent', '%'],
  ['european union', 'eu'],
]);

/**
 * Words that news copies swap for one another (base forms; the first of each group stands for all).
 * Kept to plain, common paraphrases of reporting, conflict, politics and numbers.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  'say state tell add note announce declare claim insist assert stress remark',
  'flee escape',
  'retreat withdraw',
  'leave depart exit',
  'soldier troop serviceman servicemen personnel',
  'army military',
  'militant insurgent rebel fighter guerrilla jihadist',
  'agreement deal accord pact treaty',
  'nearby neighbouring neighboring adjacent',
  'attack assault raid offensive',
  'kill slay',
  'wound injure hurt',
  'injury wound',
  'capture seize overrun conquer',
  'begin start launch commence',
  'end conclude finish',
  'stop halt cease',
  'help aid assist assistance',
  'large big major huge massive vast',
  'increase rise grow surge climb jump soar escalate',
  'decrease decline drop reduce',
  'country nation',
  'city town',
  'government administration',
  'official authority',
  'rapid swift quick fast',
  'refuge shelter asylum sanctuary',
  'oust expel depose topple overthrow',
  'cause trigger spark provoke',
  'link connect associate tie',
  'talk negotiation',
  'warn caution',
  'worry concern fear anxiety',
  'worried concerned anxious afraid',
  'accuse allege',
  'deny reject refute',
  'confirm verify',
  'investigate probe examine',
  'investigation inquiry',
  'important key crucial vital',
  'area region zone territory',
  'border frontier',
  'mission operation deployment',
  'spokesman spokeswoman spokesperson',
  'lawmaker legislator parliamentarian',
  'statement announcement communique',
  'film movie cinema',
  'television tv',
  'photo picture image photograph',
  'ban prohibit forbid outlaw',
  'allow permit',
  'arrest detain',
  'show reveal indicate demonstrate',
  'try attempt',
  'buy purchase acquire',
  'car vehicle',
  'plane aircraft airliner jet',
  'company firm business',
  'employee worker staff',
  'child kid',
  'die perish',
  'death fatality',
].map((g) => words(g));
