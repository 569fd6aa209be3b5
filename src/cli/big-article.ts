/** A long synthetic article for the benchmark: about `chars` characters of distinct sentences. */
export function bigArticleText(chars: number): string {
  const parts = ['Harbour ledger, day by day'];
  let size = parts[0]!.length;
  for (let k = 1; size < chars; k += 1) {
    const p =
      `On day ${k} the harbour logged ${k * 3} arrivals. ` +
      `Officials said ${k % 7} ships waited offshore for berth number ${k % 41}. ` +
      `The ferry to Lenholm ran ${k % 5 === 0 ? 'late' : 'on time'} for the ${k}th crossing.`;
    parts.push(p);
    size += p.length + 2;
  }
  return parts.join('\n\n');
}
