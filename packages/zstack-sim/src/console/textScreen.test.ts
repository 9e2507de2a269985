import { describe, expect, it } from 'vitest';
import { columns, rows, TextScreen } from './textScreen.ts';

describe('TextScreen', () => {
  it('writes, wraps long lines and scrolls at the bottom', () => {
    const screen = new TextScreen();
    screen.writeLine('first');
    screen.write('x'.repeat(columns + 3));
    expect(screen.line(0)).toBe('first');
    expect(screen.line(1)).toBe('x'.repeat(columns));
    expect(screen.line(2)).toBe('xxx');
    for (let i = 0; i < rows; i++) screen.writeLine(`line ${i}`);
    expect(screen.line(0)).toBe('line 1');
    expect(screen.cursor).toEqual({ row: rows - 1, col: 0 });
  });

  it('reports the rows changed since a version, and notifies once per burst', async () => {
    const screen = new TextScreen();
    screen.write('boot');
    const seen = screen.version;
    let calls = 0;
    screen.subscribe(() => {
      calls++;
    });
    expect(screen.changedSince(seen)).toEqual([]);
    screen.writeLine('!');
    screen.write('ab');
    expect(screen.backspace()).toBe(true);
    expect(screen.changedSince(seen)).toEqual([0, 1]);
    expect(screen.line(1)).toBe('a');
    await Promise.resolve();
    expect(calls).toBe(1);
  });
});
