interface Props {
  variation: readonly number[];
  /** Alignment row indexes currently shown, in order. */
  shown: readonly number[];
  onJump: (row: number) => void;
}

/** A strip of all rows coloured by how much each varies; clicking jumps to the row. */
export function Minimap({ variation, shown, onJump }: Props) {
  return (
    <nav className="minimap" aria-label="Row map">
      {shown.map((row) => {
        const v = variation[row] ?? 0;
        return (
          <button
            key={row}
            type="button"
            tabIndex={-1}
            className="minimap-row"
            style={{ background: `hsl(${Math.round(120 - v * 120)}, 65%, ${70 - v * 20}%)` }}
            aria-label={`Row ${row + 1}: ${Math.round(v * 100)}% variation`}
            onClick={() => onJump(row)}
          />
        );
      })}
    </nav>
  );
}
