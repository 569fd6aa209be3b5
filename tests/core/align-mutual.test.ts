import { describe, expect, it } from 'vitest';
import { alignArticles } from '../../src/core/align/index.ts';
import { parseArticle } from '../../src/core/text/index.ts';

// A wire rewrite restates one fact of the original in other words, keeping one phrase ("after 20 years").
const ORIGINAL = `Harbour fire

Fire crews in Karsk fought a blaze at the grain terminal through the night, the port authority said.

The fire comes as the operator prepares to close the terminal after 20 years of service.

Velna residents were told to keep windows shut because of the smoke.`;

const REWRITE = `Blaze at Karsk port

A blaze tore through the Karsk grain terminal overnight as crews battled flames until dawn, port officials said.

The damage deepens doubts over a site already due to close after 20 years on the waterfront, with buyers hard to find.

Smoke drifted over Velna, where people were asked to stay inside with windows shut.`;

describe('mutual best partners', () => {
  const original = parseArticle('original.txt', ORIGINAL);

  it('links sentences that are each other’s best partner and keep a shared phrase, despite little overlap', () => {
    const links = alignArticles([original, parseArticle('rewrite.txt', REWRITE)]).links;
    expect(links.find((l) => l.i === 2 && l.j === 2)).toBeDefined();
  });
});
