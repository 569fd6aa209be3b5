import { useState } from 'react';
import { introDismissed, setIntroDismissed } from './intro-storage.ts';

/** The introduction's state: shown until dismissed (remembered), shown again on request. */
export function useIntro() {
  const [open, setOpen] = useState(() => !introDismissed());
  const [requested, setRequested] = useState(false);
  return {
    open,
    /** True when the reader asked for it (focus goes to it), false on a first load. */
    requested,
    dismiss: () => {
      setIntroDismissed(true);
      setOpen(false);
      setRequested(false);
    },
    show: () => {
      setIntroDismissed(false);
      setOpen(true);
      setRequested(true);
    },
  };
}
