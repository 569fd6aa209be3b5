import { beforeEach, describe, expect, it } from 'vitest';
import {
  hasUnsavedInput,
  readExerciseText,
  readFieldDraft,
  readTraineeDraft,
  writeExerciseText,
  writeFieldDraft,
  writeTraineeDraft,
} from '../../src/store/drafts.ts';
import type { Claim, SavedState } from '../../src/store/index.ts';

/** A saved state with one review holding one claim with the given note and evidence. */
function savedWith(note: string, evidence: string[] = []): Pick<SavedState, 'reviews'> {
  const claim = { id: 'c1', note, evidence } as Claim;
  return { reviews: { r1: { claims: { c1: claim } } as unknown as SavedState['reviews'][string] } };
}

describe('drafts of typed input', () => {
  beforeEach(() => localStorage.clear());

  it('keeps a note draft per review and claim, and drops it on request', () => {
    writeFieldDraft('r1', 'c1', 'note', 'Call the harbour office');
    writeFieldDraft('r2', 'c1', 'note', 'Another review');
    expect(readFieldDraft('r1', 'c1', 'note')).toBe('Call the harbour office');
    expect(readFieldDraft('r1', 'c1', 'evidence')).toBeNull();
    expect(readFieldDraft('r2', 'c1', 'note')).toBe('Another review');
    writeFieldDraft('r1', 'c1', 'note', null);
    expect(readFieldDraft('r1', 'c1', 'note')).toBeNull();
    expect(readFieldDraft('r2', 'c1', 'note')).toBe('Another review');
  });

  it('counts a draft as unsaved only while it differs from its claim', () => {
    expect(hasUnsavedInput(savedWith(''))).toBe(false);
    writeFieldDraft('r1', 'c1', 'evidence', 'https://example.org/a\nhttps://example.org/b');
    expect(hasUnsavedInput(savedWith(''))).toBe(true);
    expect(hasUnsavedInput(savedWith('', ['https://example.org/a', 'https://example.org/b']))).toBe(
      false,
    );
    // A draft of a claim that no longer exists holds nothing to lose.
    expect(hasUnsavedInput({ reviews: {} })).toBe(false);
  });

  it('counts exercise answers as unsaved until the result is handed in', () => {
    writeExerciseText('{"exercise": true}');
    const draft = {
      exerciseId: 'ex1',
      answers: { a: { status: 'verified' as const, why: 'Seen in the report' } },
      findings: {},
      name: '',
      handedIn: false,
    };
    writeTraineeDraft(draft);
    expect(readTraineeDraft('ex1')).toEqual(draft);
    expect(readTraineeDraft('ex2')).toBeNull();
    expect(hasUnsavedInput(savedWith(''))).toBe(true);
    writeTraineeDraft({ ...draft, handedIn: true });
    expect(hasUnsavedInput(savedWith(''))).toBe(false);
    writeExerciseText(null);
    expect(readExerciseText()).toBeNull();
    expect(readTraineeDraft('ex1')).toBeNull();
  });

  it('keeps the answers of each exercise apart, so reopening one brings its answers back', () => {
    const first = {
      exerciseId: 'ex1',
      answers: { a: { status: 'disputed' as const, why: 'The count changed twice' } },
      findings: {},
      name: 'Ines',
      handedIn: false,
    };
    const second = { ...first, exerciseId: 'ex2', answers: {}, name: 'Ines' };
    writeTraineeDraft(first);
    writeTraineeDraft(second);
    expect(readTraineeDraft('ex1')).toEqual(first);
    expect(readTraineeDraft('ex2')).toEqual(second);
    // Only the open exercise (the last written) decides whether anything is unsaved.
    expect(hasUnsavedInput(savedWith(''))).toBe(true);
    writeTraineeDraft({ ...second, handedIn: true });
    expect(hasUnsavedInput(savedWith(''))).toBe(false);
  });

  it('reads the single draft an older build kept', () => {
    const old = { exerciseId: 'ex1', answers: {}, name: 'Ben', handedIn: false };
    localStorage.setItem('crosscheck:answers', JSON.stringify(old));
    expect(readTraineeDraft('ex1')).toEqual({ ...old, findings: {} });
    expect(hasUnsavedInput(savedWith(''))).toBe(true);
  });

  it('keeps answers to finding questions, and counts one chosen version as unsaved', () => {
    const draft = {
      exerciseId: 'ex1',
      answers: {},
      findings: {
        'finding-1': { choice: 1, why: '' },
        'finding-2': { choice: 'neither' as const, why: 'No source' },
      },
      name: '',
      handedIn: false,
    };
    writeTraineeDraft(draft);
    expect(readTraineeDraft('ex1')).toEqual(draft);
    expect(hasUnsavedInput(savedWith(''))).toBe(true);
    writeTraineeDraft({ ...draft, findings: { 'finding-1': { choice: null, why: '' } } });
    expect(hasUnsavedInput(savedWith(''))).toBe(false);
  });

  it('ignores a kept draft that is not valid', () => {
    localStorage.setItem('crosscheck:drafts', '{"x": {"text": 5}}');
    localStorage.setItem('crosscheck:answers', 'not json');
    expect(readFieldDraft('r1', 'c1', 'note')).toBeNull();
    expect(readTraineeDraft('ex1')).toBeNull();
    expect(hasUnsavedInput(savedWith(''))).toBe(false);
  });

  it('keeps drafts in memory when storage refuses to write', () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      writeFieldDraft('r1', 'c1', 'note', 'Typed while the disk was full');
      expect(readFieldDraft('r1', 'c1', 'note')).toBe('Typed while the disk was full');
      expect(hasUnsavedInput(savedWith(''))).toBe(true);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    writeFieldDraft('r1', 'c1', 'note', null);
    expect(readFieldDraft('r1', 'c1', 'note')).toBeNull();
  });
});
