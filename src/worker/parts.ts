/**
 * Discrepancies per message from the worker: one message of 50,000 took the main thread 65 ms to
 * read; parts this small take well under a millisecond each, and a long review's list still fills in
 * as they come (20 x 300 articles have some 11,000).
 */
export const DISCREPANCIES_PER_MESSAGE = 200;

/**
 * Paragraphs of a parsed article per message: a 5 MB article (some 30,000 paragraphs, 90,000
 * sentences) read in one message held the main thread for some 200 ms.
 */
export const PARAGRAPHS_PER_MESSAGE = 2000;
