import { describe, expect, it } from 'vitest';
import { decodeFileBytes, readArticleFile } from '../../src/features/library/read-file.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

// "Café\r\n\r\nZürich 🐀" as Windows Notepad saves it, byte for byte: UTF-16 little-endian with a
// byte-order mark (the rat is a surrogate pair, D83D DC00).
// prettier-ignore
const LE = bytes(
  0xff, 0xfe, 0x43, 0x00, 0x61, 0x00, 0x66, 0x00, 0xe9, 0x00, 0x0d, 0x00, 0x0a, 0x00, 0x0d, 0x00,
  0x0a, 0x00, 0x5a, 0x00, 0xfc, 0x00, 0x72, 0x00, 0x69, 0x00, 0x63, 0x00, 0x68, 0x00, 0x20, 0x00,
  0x3d, 0xd8, 0x00, 0xdc,
);
// The same text big-endian, as Notepad's "UTF-16 BE" saves it.
// prettier-ignore
const BE = bytes(
  0xfe, 0xff, 0x00, 0x43, 0x00, 0x61, 0x00, 0x66, 0x00, 0xe9, 0x00, 0x0d, 0x00, 0x0a, 0x00, 0x0d,
  0x00, 0x0a, 0x00, 0x5a, 0x00, 0xfc, 0x00, 0x72, 0x00, 0x69, 0x00, 0x63, 0x00, 0x68, 0x00, 0x20,
  0xd8, 0x3d, 0xdc, 0x00,
);

describe('decodeFileBytes', () => {
  it('reads UTF-16 little-endian text with a byte-order mark', () => {
    expect(decodeFileBytes(LE)).toEqual({ ok: true, text: 'Café\n\nZürich 🐀' });
  });

  it('reads UTF-16 big-endian text with a byte-order mark', () => {
    expect(decodeFileBytes(BE)).toEqual({ ok: true, text: 'Café\n\nZürich 🐀' });
  });

  it('still refuses binary data that starts like a UTF-16 mark', () => {
    // An odd number of bytes, a lone surrogate, and control-character soup after the mark.
    expect(decodeFileBytes(bytes(0xff, 0xfe, 0x41, 0x00, 0x42))).toEqual({
      ok: false,
      reason: 'binary',
    });
    expect(decodeFileBytes(bytes(0xff, 0xfe, 0x41, 0x00, 0x00, 0xdc, 0x42, 0x00))).toEqual({
      ok: false,
      reason: 'binary',
    });
    expect(decodeFileBytes(bytes(0xff, 0xfe, 0x01, 0x00, 0x02, 0x00, 0x03, 0x00))).toEqual({
      ok: false,
      reason: 'binary',
    });
  });

  it('calls a UTF-16 file with only a mark and blanks empty', () => {
    expect(decodeFileBytes(bytes(0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00))).toEqual({
      ok: false,
      reason: 'empty',
    });
  });
});

describe('readArticleFile', () => {
  it('imports a Notepad UTF-16 text file as an article', async () => {
    const result = await readArticleFile(new File([LE], 'notes.txt', { type: 'text/plain' }));
    expect(result).toMatchObject({ ok: true, draft: { text: 'Café\n\nZürich 🐀', title: 'Café' } });
  });
});
