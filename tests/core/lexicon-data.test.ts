// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEXICON_FILES, lexiconModules } from '../../src/cli/build-lexicon.ts';
import { compileLexicon } from '../../src/cli/lexicon-compile.ts';
import { background, sifWeight } from '../../src/core/align/background.ts';
import { stem } from '../../src/core/align/stem.ts';
import { synonymTable } from '../../src/core/align/synonyms.ts';
import { SYNONYM_DATA } from '../../src/core/lexicon/synonym-data.ts';

describe('language resources', () => {
  it('are the tables the build script makes from the packages today (run npm run lexicon when not)', () => {
    const fresh = lexiconModules();
    expect(readFileSync(LEXICON_FILES.frequency, 'utf8')).toBe(fresh.frequency);
    expect(readFileSync(LEXICON_FILES.synonyms, 'utf8')).toBe(fresh.synonyms);
  }, 30_000);

  it('weigh common English words low and rare or unknown ones near 1', () => {
    const bg = background();
    expect(sifWeight(bg.get(stem('the')))).toBeLessThan(0.01);
    expect(sifWeight(bg.get(stem('people')))).toBeLessThan(0.2);
    expect(sifWeight(bg.get(stem('taxpayer')))).toBeGreaterThan(0.9);
    expect(sifWeight(bg.get('zzqxv'))).toBe(1);
  });

  it('bridge a word and its WordNet synonym, derivation or verb parent, and not unrelated words', () => {
    const t = synonymTable();
    const meets = (x: string, y: string) => {
      const a = t.get(stem(x));
      const b = t.get(stem(y));
      if (a === undefined || b === undefined) return false;
      return a.own.some((id) => b.own.includes(id) || b.parents.includes(id)) || a.parents.some((id) => b.own.includes(id));
    };
    expect(meets('big', 'large')).toBe(true);
    expect(meets('buy', 'purchase')).toBe(true);
    expect(meets('pledge', 'promise')).toBe(true);
    expect(meets('resign', 'resignation')).toBe(true);
    expect(meets('river', 'bank')).toBe(false);
    expect(meets('monday', 'tuesday')).toBe(false);
  });

  it('finds every stem of the synonym table with the senses its line lists, and no stem it lacks', () => {
    const t = synonymTable();
    for (const line of SYNONYM_DATA.split('\n')) {
      const [stemText, ...ids] = line.split(' ');
      const senses = t.get(stemText as string);
      expect(senses?.own).toEqual(ids.filter((id) => !id.startsWith('^')).map((id) => parseInt(id, 36)));
      expect(senses?.parents).toEqual(ids.filter((id) => id.startsWith('^')).map((id) => parseInt(id.slice(1), 36)));
      // A stem that sorts right after this one (and before the next) is not in the table.
      expect(t.get(`${stemText as string}\u0001`)).toBeUndefined();
    }
    expect(t.get('')).toBeUndefined();
    expect(t.get('zzzzzz')).toBeUndefined();
  });

  it('drops synsets that only one word reaches and keeps counts below the floor out', () => {
    const wn = (file: string) =>
      ({
        'data.noun': '00000001 05 n 02 cat 0 feline 0 000 | a cat\n00000002 05 n 01 dog 0 000 | a dog\n',
        'index.noun': 'cat n 1 0 1 0 00000001\nfeline n 1 0 1 0 00000001\ndog n 1 0 1 0 00000002\n',
      })[file] ?? '';
    const out = compileLexicon(
      [
        { word: 'cat', count: 50 },
        { word: 'feline', count: 5 },
        { word: 'dog', count: 80 },
        { word: 'rare', count: 1 },
      ],
      wn,
    );
    expect(out.synonyms.split('\n')).toEqual(['cat 0', 'felin 0']);
    expect(out.frequency).not.toContain('rare');
    expect(out.stems).toBe(3);
  });
});
