import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  summary: ReactNode;
  className?: string;
  children: ReactNode;
}

/**
 * A toolbar drop-down on <details>: opens with Enter or Space on its summary, and closes with
 * Escape (focus back on the summary) or a click elsewhere.
 */
export function ToolbarMenu({ summary, className, children }: Props) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      const el = ref.current;
      if (el?.open && !el.contains(e.target as Node)) el.open = false;
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, []);
  return (
    <details
      ref={ref}
      className={`toolbar-menu${className ? ` ${className}` : ''}`}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !ref.current?.open) return;
        e.preventDefault();
        ref.current.open = false;
        ref.current.querySelector('summary')?.focus();
      }}
    >
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
