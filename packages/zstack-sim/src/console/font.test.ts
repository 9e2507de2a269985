import { describe, expect, it } from 'vitest';
import { glyphOf } from './font.ts';

describe('the console font', () => {
  const printable = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));

  it('has a distinct glyph for every printable ASCII character', () => {
    const seen = new Map<string, string>();
    for (const char of printable) {
      const glyph = glyphOf(char);
      expect(glyph).toHaveLength(8);
      const key = glyph.join(',');
      expect(seen.get(key), `${char} looks like ${seen.get(key)}`).toBeUndefined();
      seen.set(key, char);
    }
    expect(seen.size).toBe(95);
  });

  it('leaves the space blank, draws everything else, and keeps a blank left column', () => {
    expect(glyphOf(' ').every((row) => row === 0)).toBe(true);
    for (const char of printable.slice(1)) {
      expect(
        glyphOf(char).some((row) => row !== 0),
        char,
      ).toBe(true);
      expect(
        glyphOf(char).every((row) => (row & 0x80) === 0),
        char,
      ).toBe(true);
    }
    expect(glyphOf('\u00e9')).toEqual(glyphOf('?'));
  });
});
