import { beforeEach, describe, expect, it } from 'vitest';
import {
  EMPTY_DRAFT,
  readTrainerDraft,
  TRAINER_KEY,
  writeTrainerDraft,
  type TrainerDraft,
} from '../../src/store/trainer-draft.ts';

const draft = (title: string): TrainerDraft => ({
  title,
  claims: {
    c1: { quote: 'Forty were evacuated.', status: 'disputed', explanation: 'One source.' },
  },
  findings: {
    'number:1': {
      finding: {
        key: 'number:1',
        type: 'number',
        versions: [
          { text: '40', places: [{ article: 'a', paragraph: 0, place: null, sentence: 'x 40' }] },
          {
            text: '45',
            places: [
              { article: 'b', paragraph: 2, place: { kind: 'paragraph', n: 2 }, sentence: 'y 45' },
            ],
          },
        ],
      },
      question: 'How many?',
      expected: { choice: 'neither', explanation: 'Nobody counted.' },
    },
  },
});

describe('the trainer’s exercise draft', () => {
  beforeEach(() => localStorage.clear());

  it('reads back per review what was written', () => {
    writeTrainerDraft('r1', draft('One'));
    writeTrainerDraft('r2', draft('Two'));
    expect(readTrainerDraft('r1')).toEqual(draft('One'));
    expect(readTrainerDraft('r2').title).toBe('Two');
    expect(readTrainerDraft('toString')).toEqual(EMPTY_DRAFT);
  });

  it('forgets an emptied draft, and the key once none is left', () => {
    writeTrainerDraft('r1', draft('One'));
    writeTrainerDraft('r1', EMPTY_DRAFT);
    expect(readTrainerDraft('r1')).toEqual(EMPTY_DRAFT);
    expect(localStorage.getItem(TRAINER_KEY)).toBeNull();
  });

  it('reads a damaged or foreign draft as empty', () => {
    const bad = draft('One') as unknown as { claims: { c1: { status: string } } };
    bad.claims.c1.status = 'probably';
    localStorage.setItem(TRAINER_KEY, JSON.stringify({ r1: bad }));
    expect(readTrainerDraft('r1')).toEqual(EMPTY_DRAFT);
    localStorage.setItem(TRAINER_KEY, '{not json');
    expect(readTrainerDraft('r1')).toEqual(EMPTY_DRAFT);
  });

  it('keeps the drafts of the 20 reviews written last', () => {
    for (let i = 0; i < 25; i += 1) writeTrainerDraft(`r${i}`, draft(`T${i}`));
    expect(readTrainerDraft('r4')).toEqual(EMPTY_DRAFT);
    expect(readTrainerDraft('r5').title).toBe('T5');
    expect(readTrainerDraft('r24').title).toBe('T24');
  });
});
