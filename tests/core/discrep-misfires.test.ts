import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '../../src/core/facts/index.ts';
import { nameVariants } from '../../src/core/facts/name-variants.ts';

const found = (a: string, b: string, type?: string) =>
  findDiscrepancies(a, b)
    .filter((d) => type === undefined || d.type === type)
    .map((d) => [d.aSpan, d.bSpan]);

// Ordinary reporting that the quotation, speaker, date and name checks must leave alone.
describe('no finding where two reports tell two things', () => {
  it('does not take what two people did on two dates for one thing dated twice', () => {
    expect(
      found(
        'The ferry company struggled for years. Its founder, Ana Ruiz, died in 2019.',
        'Ruiz’s husband, who ran the ferry company with her until he died in 2021, is buried on the island.',
        'date',
      ),
    ).toEqual([]);
  });

  it('takes an ellipsis or the rest quoted after a full stop for no quotation cut short', () => {
    expect(
      found(
        'The mayor said: “I think the plan is careless and a danger to the harbour.”',
        'The mayor said: “I think the plan is careless...”',
        'quote',
      ),
    ).toEqual([]);
    expect(
      found(
        'She said: “I do not think the levy is fair to islanders and I think it is unlawful.”',
        '“I do not think the levy is fair to islanders.” She added: “And I think it is unlawful.”',
        'quote',
      ),
    ).toEqual([]);
  });

  it('still reports words dropped before a dash when nothing takes their place', () => {
    expect(
      found(
        'The mayor said: “We will cut fares and raise taxes — that is the plan for the island.”',
        'The mayor said: “We will cut fares — that is the plan for the island.”',
        'quote',
      ),
    ).not.toEqual([]);
  });

  it('credits a quotation to no one when another name stands between, or a spokesman speaks for a body', () => {
    expect(
      found(
        'Mayor Ana Ruiz said the levy, which her rival Tom Ellis has called “a tax on islanders,” will stay in place until the pier is paid for.',
        'At a rally on the quay, Ellis said: “This levy is a tax on islanders, and I will scrap it on my first day.”',
        'attribution',
      ),
    ).toEqual([]);
    expect(
      found(
        '“We are reviewing the footage from the pier,” the Harbour Police Department said in a statement.',
        '“We are reviewing the footage from the pier and will say more on Friday,” a spokesman, Officer Dan Hale, said.',
        'attribution',
      ),
    ).toEqual([]);
  });

  it('looks for a quoted phrase word for word in every quotation before calling it changed', () => {
    expect(
      found(
        'Critics said the levy was “a tax on islanders” and vowed to fight it.',
        '“It is not a tax on anyone,” the mayor said. “It is a tax on islanders and we oppose it,” said Tom Ellis, who leads the critics.',
        'quote',
      ),
    ).toEqual([]);
  });

  it('takes a first name two letters from another, before its own surname, for another person', () => {
    const x = [
      { text: 'Harbour master Steven Cole said the pier would reopen.' },
      { text: 'A fisherman, Stephen Hall, said the storm had wrecked his boat at the pier.' },
    ];
    const y = [
      { text: 'Steven Cole, the harbour master, closed the pier.' },
      { text: 'Mr. Cole said Steven Cole’s crew would repair it.' },
    ];
    expect(nameVariants(x, y)).toEqual([]);
  });
});
