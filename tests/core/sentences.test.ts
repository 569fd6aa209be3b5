import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences, type Range } from '../../src/core/text/sentences.ts';

/** The sentences as text, with inner runs of whitespace shown as one space. */
function sentences(text: string): string[] {
  return splitSentences(text).map(([s, e]) => text.slice(s, e).replace(/\s+/g, ' '));
}

// The English Golden Rules of the pragmatic_segmenter project: [name, input, expected sentences].
// Rules 1-39 and 43-51 are the 48 in common use; 40-42 and 52 are the README's newer additions.
// prettier-ignore
const GOLDEN_RULES: [string, string, string[]][] = [
  ['Simple period to end sentence', 'Hello World. My name is Jonas.', ['Hello World.', 'My name is Jonas.']],
  ['Question mark to end sentence', 'What is your name? My name is Jonas.', ['What is your name?', 'My name is Jonas.']],
  ['Exclamation point to end sentence', 'There it is! I found it.', ['There it is!', 'I found it.']],
  ['One letter upper case abbreviations', 'My name is Jonas E. Smith.', ['My name is Jonas E. Smith.']],
  ['One letter lower case abbreviations', 'Please turn to p. 55.', ['Please turn to p. 55.']],
  ['Two letter lower case abbreviations in the middle of a sentence', 'Were Jane and co. at the party?', ['Were Jane and co. at the party?']],
  ['Two letter upper case abbreviations in the middle of a sentence', 'They closed the deal with Pitt, Briggs & Co. at noon.', ['They closed the deal with Pitt, Briggs & Co. at noon.']],
  ['Two letter lower case abbreviations at the end of a sentence', "Let's ask Jane and co. They should know.", ["Let's ask Jane and co.", 'They should know.']],
  ['Two letter upper case abbreviations at the end of a sentence', 'They closed the deal with Pitt, Briggs & Co. It closed yesterday.', ['They closed the deal with Pitt, Briggs & Co.', 'It closed yesterday.']],
  ['Two letter (prepositive) abbreviations', 'I can see Mt. Fuji from here.', ['I can see Mt. Fuji from here.']],
  ['Two letter (prepositive & postpositive) abbreviations', "St. Michael's Church is on 5th st. near the light.", ["St. Michael's Church is on 5th st. near the light."]],
  ['Possesive two letter abbreviations', "That is JFK Jr.'s book.", ["That is JFK Jr.'s book."]],
  ['Multi-period abbreviations in the middle of a sentence', 'I visited the U.S.A. last year.', ['I visited the U.S.A. last year.']],
  ['Multi-period abbreviations at the end of a sentence', 'I live in the E.U. How about you?', ['I live in the E.U.', 'How about you?']],
  ['U.S. as sentence boundary', 'I live in the U.S. How about you?', ['I live in the U.S.', 'How about you?']],
  ['U.S. as non sentence boundary with next word capitalized', 'I work for the U.S. Government in Virginia.', ['I work for the U.S. Government in Virginia.']],
  ['U.S. as non sentence boundary', 'I have lived in the U.S. for 20 years.', ['I have lived in the U.S. for 20 years.']],
  ['A.M. / P.M. as non sentence boundary and sentence boundary', 'At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.', ['At 5 a.m. Mr. Smith went to the bank.', 'He left the bank at 6 P.M.', 'Mr. Smith then went to the store.']],
  ['Number as non sentence boundary', 'She has $100.00 in her bag.', ['She has $100.00 in her bag.']],
  ['Number as sentence boundary', 'She has $100.00. It is in her bag.', ['She has $100.00.', 'It is in her bag.']],
  ['Parenthetical inside sentence', 'He teaches science (He previously worked for 5 years as an engineer.) at the local University.', ['He teaches science (He previously worked for 5 years as an engineer.) at the local University.']],
  ['Email addresses', 'Her email is Jane.Doe@example.com. I sent her an email.', ['Her email is Jane.Doe@example.com.', 'I sent her an email.']],
  ['Web addresses', 'The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.', ['The site is: https://www.example.50.com/new-site/awesome_content.html.', 'Please check it out.']],
  ['Single quotations inside sentence', "She turned to him, 'This is great.' she said.", ["She turned to him, 'This is great.' she said."]],
  ['Double quotations inside sentence', 'She turned to him, "This is great." she said.', ['She turned to him, "This is great." she said.']],
  ['Double quotations at the end of a sentence', 'She turned to him, "This is great." She held the book out to show him.', ['She turned to him, "This is great."', 'She held the book out to show him.']],
  ['Double punctuation (exclamation point)', 'Hello!! Long time no see.', ['Hello!!', 'Long time no see.']],
  ['Double punctuation (question mark)', 'Hello?? Who is there?', ['Hello??', 'Who is there?']],
  ['Double punctuation (exclamation point / question mark)', 'Hello!? Is that you?', ['Hello!?', 'Is that you?']],
  ['Double punctuation (question mark / exclamation point)', 'Hello?! Is that you?', ['Hello?!', 'Is that you?']],
  ['List (period followed by parens and no period to end item)', '1.) The first item 2.) The second item', ['1.) The first item', '2.) The second item']],
  ['List (period followed by parens and period to end item)', '1.) The first item. 2.) The second item.', ['1.) The first item.', '2.) The second item.']],
  ['List (parens and no period to end item)', '1) The first item 2) The second item', ['1) The first item', '2) The second item']],
  ['List (parens and period to end item)', '1) The first item. 2) The second item.', ['1) The first item.', '2) The second item.']],
  ['List (period to mark list and no period to end item)', '1. The first item 2. The second item', ['1. The first item', '2. The second item']],
  ['List (period to mark list and period to end item)', '1. The first item. 2. The second item.', ['1. The first item.', '2. The second item.']],
  ['List with bullet', '• 9. The first item • 10. The second item', ['• 9. The first item', '• 10. The second item']],
  ['List with hypthen', '⁃9. The first item ⁃10. The second item', ['⁃9. The first item', '⁃10. The second item']],
  ['Alphabetical list', 'a. The first item b. The second item c. The third list item', ['a. The first item', 'b. The second item', 'c. The third list item']],
  ['Errant newline in the middle of a sentence (PDF)', 'This is a sentence\ncut off in the middle because pdf.', ['This is a sentence cut off in the middle because pdf.']],
  ['Errant newline in the middle of a sentence', 'It was a cold \nnight in the city.', ['It was a cold night in the city.']],
  ['Lower case list separated by newline', 'features\ncontact manager\nevents, activities\n', ['features', 'contact manager', 'events, activities']],
  ['Geo Coordinates', 'You can find it at N°. 1026.253.553. That is where the treasure is.', ['You can find it at N°. 1026.253.553.', 'That is where the treasure is.']],
  ['Named entities with an exclamation point', 'She works at Yahoo! in the accounting department.', ['She works at Yahoo! in the accounting department.']],
  ['I as a sentence boundary and I as an abbreviation', 'We make a good team, you and I. Did you see Albert I. Jones yesterday?', ['We make a good team, you and I.', 'Did you see Albert I. Jones yesterday?']],
  ['Ellipsis at end of quotation', 'Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”', ['Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”']],
  ['Ellipsis with square brackets', '"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).', ['"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).']],
  ['Ellipsis as sentence boundary (standard ellipsis rules)', 'If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.', ['If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .', 'Next sentence.']],
  ['Ellipsis as sentence boundary (non-standard ellipsis rules)', 'I never meant that.... She left the store.', ['I never meant that....', 'She left the store.']],
  ['Ellipsis as non sentence boundary', "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.", ["I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."]],
  ['4-dot ellipsis', 'One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . .', ['One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds.', '. . . The practice was not abandoned. . . .']],
  ['No whitespace in between sentences', 'Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.', ['Hello world.', 'Today is Tuesday.', 'Mr. Smith went to the store and bought 1,000.', 'That is a lot.']],
];

describe('splitSentences: the English Golden Rules', () => {
  it.each(GOLDEN_RULES)('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('splitSentences on news text', () => {
  it('keeps titles before names inside the sentence', () => {
    expect(
      sentences(
        'Mrs. Clinton met Dr. Fauci and Prof. Lee. Gen. Milley and Sen. Warren spoke. Gov. Newsom agreed.',
      ),
    ).toEqual([
      'Mrs. Clinton met Dr. Fauci and Prof. Lee.',
      'Gen. Milley and Sen. Warren spoke.',
      'Gov. Newsom agreed.',
    ]);
  });

  it('reads U.K. and U.N. mid-sentence and ends on a country abbreviation before a new sentence', () => {
    expect(
      sentences(
        'The U.K. and the U.N. agreed on Tuesday. The U.S. did not. Talks with the U.N. Then collapsed.',
      ),
    ).toEqual([
      'The U.K. and the U.N. agreed on Tuesday.',
      'The U.S. did not.',
      'Talks with the U.N.',
      'Then collapsed.',
    ]);
  });

  it('keeps e.g., i.e. and etc. mid-sentence', () => {
    expect(
      sentences('Cities, e.g. Kabul, i.e. the capital, etc. are affected. Officials agreed.'),
    ).toEqual(['Cities, e.g. Kabul, i.e. the capital, etc. are affected.', 'Officials agreed.']);
  });

  it('keeps month and number abbreviations before a number', () => {
    expect(
      sentences(
        'The law passed on Jan. 6. It took effect in Sept. 2021 under No. 5 of the code, Feb. 1 at the latest.',
      ),
    ).toEqual([
      'The law passed on Jan. 6.',
      'It took effect in Sept. 2021 under No. 5 of the code, Feb. 1 at the latest.',
    ]);
  });

  it('keeps initials with the name they belong to', () => {
    expect(
      sentences(
        'J. R. R. Tolkien wrote it. George W. Bush read it. Martin Luther King Jr. spoke last.',
      ),
    ).toEqual([
      'J. R. R. Tolkien wrote it.',
      'George W. Bush read it.',
      'Martin Luther King Jr. spoke last.',
    ]);
  });

  it('keeps a middle initial that is also a small abbreviation ("P.", "C.") with its name', () => {
    expect(
      sentences(
        'He would not accept Attorney General William P. Barr’s word. Scott C. Brown, a Republican, may run. He took vitamin C. Doctors agreed. Turn to p. 55.',
      ),
    ).toEqual([
      'He would not accept Attorney General William P. Barr’s word.',
      'Scott C. Brown, a Republican, may run.',
      'He took vitamin C.',
      'Doctors agreed.',
      'Turn to p. 55.',
    ]);
  });

  it('ends a sentence after a time only when the next one starts', () => {
    expect(
      sentences(
        'The talks end at 5 p.m. Then the vote begins. He arrived at 10 a.m. on Monday. At 11 a.m. Mr. Smith left.',
      ),
    ).toEqual([
      'The talks end at 5 p.m.',
      'Then the vote begins.',
      'He arrived at 10 a.m. on Monday.',
      'At 11 a.m. Mr. Smith left.',
    ]);
  });

  it('never breaks inside numbers, money, percentages or dates', () => {
    expect(
      sentences(
        'It cost $2.5 billion, up 12.5% from 3.5 in 2020. About 1,037 people died after 9/11. The rest fled.',
      ),
    ).toEqual([
      'It cost $2.5 billion, up 12.5% from 3.5 in 2020.',
      'About 1,037 people died after 9/11.',
      'The rest fled.',
    ]);
  });

  it('ends a quoted sentence at its closing quote and goes on after a quote that a verb follows', () => {
    expect(
      sentences(
        '"We will fight," she said. "They will not win." Then she left. He said "stop." and walked away.',
      ),
    ).toEqual([
      '"We will fight," she said.',
      '"They will not win."',
      'Then she left.',
      'He said "stop." and walked away.',
    ]);
    expect(sentences('“Is this the end?” he asked. “No.”')).toEqual([
      '“Is this the end?” he asked.',
      '“No.”',
    ]);
  });

  it('reads the seed’s curly quotes and apostrophes', () => {
    const text =
      '“The Taliban cut off all the roads and these people had nowhere to go but to cross the border,” one senior Afghan official told Reuters on Monday. Zabihullah Atiq said the troops had used various routes to flee.';
    expect(sentences(text)).toHaveLength(2);
  });

  it('treats a parenthetical sentence between sentences as its own sentence', () => {
    expect(sentences('The minister said nothing. (He resigned on Monday.) Others did.')).toEqual([
      'The minister said nothing.',
      '(He resigned on Monday.)',
      'Others did.',
    ]);
  });

  it('keeps web and e-mail addresses whole', () => {
    expect(
      sentences(
        'Visit www.example.com for more. Write to john@example.com today. Details at example.org. Thanks.',
      ),
    ).toEqual([
      'Visit www.example.com for more.',
      'Write to john@example.com today.',
      'Details at example.org.',
      'Thanks.',
    ]);
  });

  it('ends at an ellipsis before a capital but not before a lower-case word', () => {
    expect(
      sentences(
        'He paused… Then he spoke. She waited… and waited. Not responsible for the violence... He claimed otherwise.',
      ),
    ).toEqual([
      'He paused…',
      'Then he spoke.',
      'She waited… and waited.',
      'Not responsible for the violence...',
      'He claimed otherwise.',
    ]);
  });

  it('lets an ellipsis open a sentence', () => {
    expect(
      sentences('. . . The practice was not abandoned. …and then it rained. Then it stopped.'),
    ).toEqual([
      '. . . The practice was not abandoned.',
      '…and then it rained.',
      'Then it stopped.',
    ]);
  });

  it('keeps numbered references inside the sentence', () => {
    expect(sentences('The report cites earlier work [3]. Later studies [4, 5] disagree.')).toEqual([
      'The report cites earlier work [3].',
      'Later studies [4, 5] disagree.',
    ]);
  });

  it('ends each line of a block of headings that has no final punctuation', () => {
    expect(sentences("Afghanistan Asia Editor's Picks\nLatest News\nTop Stories")).toEqual([
      "Afghanistan Asia Editor's Picks",
      'Latest News',
      'Top Stories',
    ]);
  });

  it('ends a caption line at its line break before prose', () => {
    expect(
      sentences(
        'Image caption The World Trade Centre is reduced to rubble\nThe attack killed nearly 3,000 people.',
      ),
    ).toEqual([
      'Image caption The World Trade Centre is reduced to rubble',
      'The attack killed nearly 3,000 people.',
    ]);
  });

  it('does not split a wrapped line of prose that ends mid-phrase', () => {
    expect(
      sentences('The troops fled to\nTajikistan on Monday after fighting. Officials said so.'),
    ).toEqual(['The troops fled to Tajikistan on Monday after fighting.', 'Officials said so.']);
  });

  it('splits bullet lines into items', () => {
    expect(sentences('• First point\n• Second point')).toEqual(['• First point', '• Second point']);
    expect(sentences('Key facts:\n- 1,037 soldiers fled\n- Six districts fell')).toEqual([
      'Key facts:',
      '- 1,037 soldiers fled',
      '- Six districts fell',
    ]);
  });

  it('splits a caption glued to its credit', () => {
    expect(sentences('Afghan soldiers pause on a road, yesterday.Credit: Nazim Qasmy,AP')).toEqual([
      'Afghan soldiers pause on a road, yesterday.',
      'Credit: Nazim Qasmy,AP',
    ]);
  });

  it('splits a repeated paragraph the same way, however a caller changed an earlier answer', () => {
    const text = 'The ferry left at dawn. It reached the island by noon.';
    const first = splitSentences(text);
    first.length = 0;
    expect(splitSentences(text)).toEqual([
      [0, 23],
      [24, 54],
    ]);
  });

  it('returns no sentences for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });

  it('gives offsets into the text it was given, trimmed of surrounding space', () => {
    const text = '  First one.  Second one?\n\n Third!  ';
    expect(splitSentences(text)).toEqual([
      [2, 12],
      [14, 25],
      [28, 34],
    ]);
  });
});

/** Ranges are ordered, disjoint, trimmed, inside the text, and cover every non-space character. */
function checkRanges(text: string, ranges: Range[]): void {
  let previousEnd = 0;
  let covered = '';
  for (const [start, end] of ranges) {
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeGreaterThan(start);
    expect(end).toBeLessThanOrEqual(text.length);
    expect(/\s/.test(text.charAt(start))).toBe(false);
    expect(/\s/.test(text.charAt(end - 1))).toBe(false);
    covered += text.slice(start, end);
    previousEnd = end;
  }
  expect(covered.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
}

// Pieces that exercise the rules: abbreviations, numbers, quotes, ellipses, markers, line breaks.
const newsPiece = fc.constantFrom(
  'The',
  'said',
  'Mr.',
  'U.S.',
  'a.m.',
  'p. ',
  'No.',
  '5',
  '1,037',
  '3.5',
  '.',
  '. . .',
  '…',
  '...',
  '?',
  '!',
  '"',
  '“',
  '”',
  "'",
  '(',
  ')',
  '[...]',
  '1.',
  '2.)',
  'a.',
  'b)',
  '•',
  '-',
  '\n',
  '\n\n',
  ' ',
  ' ',
  ' ',
  'www.example.com',
  'x@y.org',
  'world.Today',
  'É',
  '😀',
  '\u2028',
  '\r\n',
);
const newsLike = fc.array(newsPiece, { maxLength: 60 }).map((parts) => parts.join(''));

describe('splitSentences invariants', () => {
  it('never throws on arbitrary Unicode and returns well-formed ranges', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), newsLike),
        (text) => {
          checkRanges(text, splitSentences(text));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), newsLike), (text) => {
        expect(splitSentences(text)).toEqual(splitSentences(text));
      }),
      { numRuns: 200 },
    );
  });
});
