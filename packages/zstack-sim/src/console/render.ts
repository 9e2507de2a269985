import { cellHeight, cellWidth, glyphOf, isLit } from './font.ts';
import { encodePixel, type PixelFormat } from './pixelFormat.ts';
import { columns, rows, type TextScreen } from './textScreen.ts';

/**
 * Draws a {@link TextScreen} into Raw-encoded pixels: light grey on black, the cursor as an
 * underline in the cell's last two pixel rows.
 *
 * @see https://github.com/rfbproto/rfbproto/blob/master/rfbproto.rst#raw-encoding
 */
/** Framebuffer size: 720 × 400, VGA text mode. */
export const screenWidth = columns * cellWidth;
/** See screenWidth. */
export const screenHeight = rows * cellHeight;

/** Light grey, as a VGA console's default attribute 0x07. */
export const foreground = { r: 0xaa, g: 0xaa, b: 0xaa } as const;
/** Black. */
export const background = { r: 0, g: 0, b: 0 } as const;

/** A rectangle of the framebuffer, in pixels. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The pixel rectangle covering text rows `first`..`last` (inclusive), full width. */
export function rowsRect(first: number, last: number): Rect {
  return {
    x: 0,
    y: first * cellHeight,
    width: screenWidth,
    height: (last - first + 1) * cellHeight,
  };
}

/** Groups sorted row numbers into runs of consecutive rows. */
export function rowRuns(changed: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const row of changed) {
    const last = runs.at(-1);
    if (last && last[1] === row - 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}

/** The last whole-screen rendering of each screen, for viewers asking again before a change. */
const wholeScreens = new WeakMap<TextScreen, { key: string; pixels: Buffer }>();

/** The Raw pixel data of `rect` (clipped by the caller to the screen) in `format`. */
export function renderRect(screen: TextScreen, format: PixelFormat, rect: Rect): Buffer {
  if (rect.x !== 0 || rect.y !== 0 || rect.width !== screenWidth || rect.height !== screenHeight) {
    return draw(screen, format, rect);
  }
  // Several viewers of one VM, or a client re-asking for the whole screen, cost one drawing.
  const key = `${screen.version}:${Object.values(format).join(',')}`;
  const cached = wholeScreens.get(screen);
  if (cached?.key === key) return cached.pixels;
  const pixels = draw(screen, format, rect);
  wholeScreens.set(screen, { key, pixels });
  return pixels;
}

function draw(screen: TextScreen, format: PixelFormat, rect: Rect): Buffer {
  const on = encodePixel(format, foreground.r, foreground.g, foreground.b);
  const off = encodePixel(format, background.r, background.g, background.b);
  const size = on.length;
  const out = Buffer.alloc(rect.width * rect.height * size);
  const cursor = screen.cursor;
  let offset = 0;
  for (let y = rect.y; y < rect.y + rect.height; y++) {
    const row = Math.floor(y / cellHeight);
    const cellY = y % cellHeight;
    const text = screen.line(row);
    const cursorHere = row === cursor.row && cellY >= cellHeight - 2;
    let col = -1;
    let glyph: readonly number[] = [];
    for (let x = rect.x; x < rect.x + rect.width; x++) {
      const cellCol = Math.floor(x / cellWidth);
      if (cellCol !== col) {
        col = cellCol;
        glyph = glyphOf(text[col] ?? ' ');
      }
      const cellX = x % cellWidth;
      const lit = isLit(glyph, cellX, cellY) || (cursorHere && col === cursor.col && cellX < 8);
      (lit ? on : off).copy(out, offset);
      offset += size;
    }
  }
  return out;
}
