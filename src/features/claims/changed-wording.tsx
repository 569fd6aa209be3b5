import { useId, useMemo, type ReactNode } from 'react';
import { wordDiff } from '../../core/diff/index.ts';
import type { Claim } from '../../store/index.ts';
import { statusLabel } from './model.ts';

interface Props {
  claim: Claim & { checkedQuote: string };
  onConfirm: (id: string) => void;
}

/** One side of the comparison: the words only it has are marked. */
function Side({
  text,
  marks,
  tag,
}: {
  text: string;
  marks: [number, number][];
  tag: 'del' | 'ins';
}) {
  const Mark = tag;
  const out: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    out.push(text.slice(at, start), <Mark key={start}>{text.slice(start, end)}</Mark>);
    at = end;
  }
  out.push(text.slice(at));
  return <>{out}</>;
}

/**
 * The wording a verdict was given on beside what the article says now, with the changed words
 * marked, and "Still holds" to confirm the verdict on the new wording (changing it also clears).
 */
export function ChangedWording({ claim, onConfirm }: Props) {
  const id = useId();
  const spans = useMemo(
    () => wordDiff(claim.checkedQuote, claim.anchor.quote),
    [claim.checkedQuote, claim.anchor.quote],
  );
  const removed = spans
    .filter((s) => s.op === 'delete')
    .map((s): [number, number] => [s.aStart, s.aEnd]);
  const added = spans
    .filter((s) => s.op === 'insert')
    .map((s): [number, number] => [s.bStart, s.bEnd]);
  const verdict = statusLabel(claim.status).toLowerCase();
  return (
    <section className="claims-changed" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Text changed since it was checked</h3>
      <div className="claims-changed-pair">
        <figure>
          <figcaption>Checked as {verdict}</figcaption>
          <blockquote>
            <Side text={claim.checkedQuote} marks={removed} tag="del" />
          </blockquote>
        </figure>
        <figure>
          <figcaption>Now reads</figcaption>
          <blockquote>
            <Side text={claim.anchor.quote} marks={added} tag="ins" />
          </blockquote>
        </figure>
      </div>
      <p className="claims-muted">
        Confirm that the verdict holds for the new wording, or give it another verdict.
      </p>
      <button type="button" onClick={() => onConfirm(claim.id)}>
        Still holds: {verdict}
      </button>
    </section>
  );
}
