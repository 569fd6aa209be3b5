// General English word lists for changes of wording that shift a claim. No article-specific words.

const list = (words: string) => words.split(/\s+/).filter(Boolean);

/**
 * A crude root that folds inflections together: "opposed", "opposes", "opposing" -> "oppos";
 * "denied" -> "deny"; "admitted" -> "admit". Only used to look words up in the lists below.
 */
export function root(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'");
  if (w.length <= 3) return w;
  if (/ie[sd]$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  const m = /^(.{4,}?)(ing|ed|es|e|s)$/.exec(w);
  if (m && !/(ss|us|is)$/.test(w)) w = m[1] as string;
  // "admitt" -> "admit", but "fell" and "all" stay.
  if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

const rooted = (words: string) => new Set(list(words).map(root));
const classes = (groups: Record<string, string>) => {
  const out = new Map<string, string>();
  for (const [name, words] of Object.entries(groups))
    for (const w of list(words)) out.set(root(w), name);
  return out;
};

/**
 * Reporting verbs by the weight they give a statement. "said" and "claimed" report the same words
 * but not the same trust: a change of class is a change a reader should see.
 */
export const REPORTING = classes({
  neutral: `say said tell told state stated add added note noted explain explained report reported
    announce announced write wrote comment commented describe described remark remarked`,
  doubtful: `claim claimed allege alleged assert asserted contend contended maintain maintained
    purport purported`,
  conceding: `admit admitted concede conceded acknowledge acknowledged confess confessed grant`,
  insisting: `insist insisted stress stressed emphasize emphasized emphasise emphasised argue argued
    repeat repeated`,
  assuring: `assure assured promise promised pledge pledged vow vowed guarantee guaranteed`,
  denying: `deny denied dispute disputed reject rejected`,
  confirming: `confirm confirmed verify verified`,
  suggesting: `suggest suggested hint hinted imply implied speculate speculated`,
  warning: `warn warned caution cautioned threaten threatened`,
  revealing: `reveal revealed disclose disclosed`,
});

/** Words that hedge a claim (adding or dropping one changes how firmly it is stated). */
export const HEDGE_WORDS = rooted(`reportedly allegedly apparently purportedly supposedly seemingly
  possibly probably perhaps likely unlikely maybe presumably presumed presumptive ostensibly arguably
  suspected believed appears appeared seems seemed nearly almost partly partially largely mostly`);

/** Words before a number that make it approximate; they hedge only when a number follows. */
export const NUMBER_HEDGES = new Set(
  list(`about around nearly almost roughly approximately some estimated
  close over under more less fewer least most upwards up`),
);

/** Conditions: "if the fighting continues" is not "as the fighting continues". */
export const CONDITIONAL = new Set(list(`if unless whether`));

/** Words that state a thing as future, possible or intended rather than done. */
export const PROSPECTIVE =
  rooted(`will would could may might shall can 'll won't wouldn't couldn't can't shan't plan plans planned planning
  intend intends intended propose proposed expect expected consider considering potential possible
  prospective hope hoped aim aims seek seeks`);

/** Where a plan stands: done (approved) against still open (under discussion). */
export const SETTLED = rooted(`approved passed adopted enacted signed ratified finalized finalised
  agreed decided confirmed completed authorized authorised implemented`);
export const UNSETTLED = rooted(`proposed discussion discussed discussing considered considering
  consideration debated debate draft pending review planned negotiation negotiations talks mulling
  weighing exploring studying`);

/**
 * Groups of words opposite to each other: a word of one side and a word of the other in the same
 * changed stretch reverse the statement.
 */
// prettier-ignore
export const ANTONYM_GROUPS: ReadonlyArray<readonly [string, string]> = [
  ['support supports supported backs backed favor favors favored favour favoured endorse endorsed welcome welcomed',
    'oppose opposes opposed against reject rejected criticize criticized criticise criticised condemn condemned'],
  ['refuge shelter sheltered sheltering stay stayed remain remained return returned arrive arrived enter entered',
    'evacuation evacuate evacuated flee fled leave left escape escaped exit exited depart departed'],
  ['rise rose risen increase increased grow grew growth gain gained up higher more',
    'fall fell fallen decrease decreased decline declined drop dropped loss lost down lower fewer less'],
  ['win won victory', 'lose lost defeat defeated'],
  ['accept accepted allow allowed permit permitted lift lifted', 'ban banned forbid forbade prohibit prohibited block blocked impose imposed'],
  ['confirm confirmed', 'deny denied'],
  ['open opened', 'close closed shut'],
  ['guilty convicted', 'innocent acquitted'],
  ['legal lawful', 'illegal unlawful'],
  ['success successful succeeded', 'failure failed unsuccessful'],
  ['true correct', 'false incorrect wrong'],
  ['before earlier', 'after later'],
  ['always', 'never'],
  ['largest biggest highest most', 'smallest lowest least'],
  ['north northern', 'south southern'],
  ['east eastern', 'west western'],
  ['alive survived', 'dead died killed'],
  ['release released freed', 'arrest arrested detain detained captured'],
  ['start started begin began launch launched', 'end ended stop stopped halt halted suspend suspended'],
  ['include included', 'exclude excluded'],
  ['public', 'private'],
  ['majority', 'minority'],
  ['full', 'partial'],
];

/** Each antonym group's words, rooted: [left group, right group]. */
export const ANTONYMS: ReadonlyArray<readonly [Set<string>, Set<string>]> = ANTONYM_GROUPS.map(
  ([x, y]) => [rooted(x), rooted(y)] as const,
);

/** Words that give a person's rank or standing in a role. */
export const RANKS = rooted(`senior junior chief deputy acting interim temporary permanent former
  current ex assistant associate vice executive special outgoing
  incoming elected designate emeritus retired veteran`);

/** Role nouns: what a person is. */
export const ROLES = rooted(`official officer president chairman chairwoman chair director secretary
  minister ceo cfo coo chancellor premier governor mayor senator representative congressman
  congresswoman lawmaker legislator judge justice ambassador envoy spokesman spokeswoman spokesperson
  correspondent reporter editor columnist producer anchor commander general colonel captain sergeant
  adviser aide counsel attorney prosecutor lawyer manager founder owner partner member leader
  candidate nominee commissioner inspector superintendent principal professor dean administrator
  analyst economist strategist coordinator consultant staffer`);

/** Abbreviations read as the full word, so "Sen." and "Senator" compare equal. */
// prettier-ignore
export const ABBREVIATIONS: Record<string, string> = {
  sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', lt: 'lieutenant',
  col: 'colonel', capt: 'captain', sgt: 'sergeant', pres: 'president', atty: 'attorney',
  dept: 'department', prof: 'professor', sec: 'secretary', supt: 'superintendent', cmdr: 'commander',
  adm: 'admiral', maj: 'major', mt: 'mount', ft: 'fort', assn: 'association', corp: 'corporation',
  co: 'company', inc: 'incorporated', govt: 'government', intl: 'international', natl: 'national',
  univ: 'university', advisor: 'adviser', ok: 'okay', 'o.k': 'okay', pct: 'percent', '%': 'percent',
};
