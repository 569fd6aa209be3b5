/**
 * Discrepancies per message from the worker: one message of 50,000 took the main thread 65 ms to
 * read; parts this small take well under a millisecond each, and a long review's list still fills in
 * as they come (20 x 300 articles have some 11,000).
 */
export const DISCREPANCIES_PER_MESSAGE = 200;
