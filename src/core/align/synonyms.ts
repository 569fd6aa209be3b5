import { SYNONYM_DATA } from '../lexicon/synonym-data.ts';

/** WordNet senses of a stem: its own synsets (and derivations), and the parents of its verb senses. */
export interface Senses {
  own: readonly number[];
  parents: readonly number[];
}

let cached: ReadonlyMap<string, Senses> | null = null;

/** The synonym bridge, by stem (see src/cli/build-lexicon.ts). */
export function synonymTable(): ReadonlyMap<string, Senses> {
  if (cached !== null) return cached;
  const table = new Map<string, { own: number[]; parents: number[] }>();
  for (const line of SYNONYM_DATA.split('\n')) {
    const parts = line.split(' ');
    const key = parts[0] as string;
    let entry = table.get(key);
    if (entry === undefined) table.set(key, (entry = { own: [], parents: [] }));
    for (let k = 1; k < parts.length; k++) {
      const p = parts[k] as string;
      if (p.startsWith('^')) entry.parents.push(parseInt(p.slice(1), 36));
      else entry.own.push(parseInt(p, 36));
    }
  }
  cached = table;
  return table;
}
