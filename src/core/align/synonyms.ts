import { SYNONYM_DATA } from '../lexicon/synonym-data.ts';

/** WordNet senses of a stem: its own synsets (and derivations), and the parents of its verb senses. */
export interface Senses {
  own: readonly number[];
  parents: readonly number[];
}

/** The synonym bridge: the senses of a stem, or undefined for a stem WordNet does not bridge. */
export interface SynonymTable {
  get(stem: string): Senses | undefined;
}

let cached: SynonymTable | null = null;

/** The senses written on one line of SYNONYM_DATA ("stem id ^id ..."), ids in base 36. */
function parseLine(line: string): Senses {
  const own: number[] = [];
  const parents: number[] = [];
  const parts = line.split(' ');
  for (let k = 1; k < parts.length; k++) {
    const p = parts[k] as string;
    if (p.startsWith('^')) parents.push(parseInt(p.slice(1), 36));
    else own.push(parseInt(p, 36));
  }
  return { own, parents };
}

/**
 * The synonym bridge, by stem (see src/cli/build-lexicon.ts). Its lines are sorted by stem (one line
 * a stem), so a stem is found by halving and read when first asked: an alignment asks for a few
 * thousand of the 19,000 stems, and reading them all took longer than the alignment's other setup.
 */
export function synonymTable(): SynonymTable {
  if (cached !== null) return cached;
  const data = SYNONYM_DATA;
  const starts: number[] = [0];
  for (let k = data.indexOf('\n'); k >= 0; k = data.indexOf('\n', k + 1)) starts.push(k + 1);
  const lineEnd = (i: number) => (i + 1 < starts.length ? (starts[i + 1] as number) - 1 : data.length);
  const stemAt = (i: number): string => {
    const from = starts[i] as number;
    const space = data.indexOf(' ', from);
    return data.slice(from, space < 0 || space > lineEnd(i) ? lineEnd(i) : space);
  };
  const known = new Map<string, Senses | null>();
  const table: SynonymTable = {
    get(stem) {
      let senses = known.get(stem);
      if (senses === undefined) {
        let lo = 0;
        let hi = starts.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (stemAt(mid) < stem) lo = mid + 1;
          else hi = mid;
        }
        senses = lo < starts.length && stemAt(lo) === stem ? parseLine(data.slice(starts[lo], lineEnd(lo))) : null;
        known.set(stem, senses);
      }
      return senses ?? undefined;
    },
  };
  cached = table;
  return table;
}
