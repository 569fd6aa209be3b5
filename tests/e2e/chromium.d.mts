/** Flags for every launch of the system Chromium. */
export const CHROMIUM_ARGS: string[];
/** The Chromium to drive: $CHROMIUM_PATH, /usr/bin/chromium or `chromium` on PATH; null when none. */
export function findChromium(env?: NodeJS.ProcessEnv): string | null;
/** A loud explanation of how to install Chromium. */
export function missingChromiumMessage(env?: NodeJS.ProcessEnv): string;
