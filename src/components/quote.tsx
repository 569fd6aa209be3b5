import { OPENS_QUOTED } from '../core/text/quoted.ts';

/**
 * Text quoted inline, as <q> (so the quotation is marked up for assistive technology too). A text
 * that opens with a quotation mark of its own, a sentence that is a quotation, is set in single
 * marks (app.css), as quoted() does in plain text: ““I'm not that cool,”…” would read as a slip.
 */
export function Quote({
  text,
  className,
  id,
}: {
  text: string;
  className?: string | undefined;
  id?: string | undefined;
}) {
  const own = OPENS_QUOTED.test(text);
  const classes = [className, own ? 'self-quoted' : undefined].filter(Boolean).join(' ');
  return (
    <q id={id} className={classes || undefined}>
      {text}
    </q>
  );
}
