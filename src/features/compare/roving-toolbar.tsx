import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  label: string;
  className?: string;
  children: ReactNode;
}

const STEPS: Record<string, number | 'first' | 'last'> = {
  ArrowLeft: -1,
  ArrowRight: 1,
  Home: 'first',
  End: 'last',
};

/**
 * A group of buttons that is one tab stop (the button last used, or the first enabled one); the
 * arrow keys, Home and End move between its buttons, as in an ARIA toolbar.
 */
export function RovingToolbar({ label, className, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const stop = useRef(0);
  const buttons = () => [
    ...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? []),
  ];
  // Buttons come and go (disabled at an edge, hidden when collapsed): settle the stop each render.
  useLayoutEffect(() => {
    const all = buttons();
    stop.current = Math.min(stop.current, Math.max(0, all.length - 1));
    all.forEach((b, k) => (b.tabIndex = k === stop.current ? 0 : -1));
  });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = STEPS[e.key];
    if (step === undefined) return;
    const all = buttons();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    e.preventDefault();
    const next =
      step === 'first'
        ? 0
        : step === 'last'
          ? all.length - 1
          : (at + step + all.length) % all.length;
    all[next]?.focus();
  };
  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label={label}
      className={className}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        const all = buttons();
        const k = all.findIndex((b) => b === (e.target as Node));
        if (k < 0) return;
        stop.current = k;
        all.forEach((b, j) => (b.tabIndex = j === k ? 0 : -1));
      }}
    >
      {children}
    </div>
  );
}
