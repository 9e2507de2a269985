/**
 * RFB PIXEL_FORMAT: parsing the 16 bytes and encoding a colour the way the client asked.
 * True-colour formats of 8, 16 or 32 bits per pixel, either byte order, any maxima and shifts.
 *
 * @see https://github.com/rfbproto/rfbproto/blob/master/rfbproto.rst#pixel-format-data-structure
 */
export interface PixelFormat {
  readonly bitsPerPixel: number;
  readonly depth: number;
  readonly bigEndian: boolean;
  readonly trueColour: boolean;
  readonly redMax: number;
  readonly greenMax: number;
  readonly blueMax: number;
  readonly redShift: number;
  readonly greenShift: number;
  readonly blueShift: number;
}

/** What the server announces in ServerInit: 32 bpp, depth 24, little-endian, RGB in 23..0. */
export const serverPixelFormat: PixelFormat = {
  bitsPerPixel: 32,
  depth: 24,
  bigEndian: false,
  trueColour: true,
  redMax: 255,
  greenMax: 255,
  blueMax: 255,
  redShift: 16,
  greenShift: 8,
  blueShift: 0,
};

/** The 16-byte PIXEL_FORMAT of ServerInit. */
export function encodePixelFormat(format: PixelFormat): Buffer {
  const out = Buffer.alloc(16);
  out.writeUInt8(format.bitsPerPixel, 0);
  out.writeUInt8(format.depth, 1);
  out.writeUInt8(format.bigEndian ? 1 : 0, 2);
  out.writeUInt8(format.trueColour ? 1 : 0, 3);
  out.writeUInt16BE(format.redMax, 4);
  out.writeUInt16BE(format.greenMax, 6);
  out.writeUInt16BE(format.blueMax, 8);
  out.writeUInt8(format.redShift, 10);
  out.writeUInt8(format.greenShift, 11);
  out.writeUInt8(format.blueShift, 12);
  return out;
}

/** Reads a PIXEL_FORMAT (SetPixelFormat carries it at offset 4). */
export function decodePixelFormat(bytes: Buffer, offset = 0): PixelFormat {
  return {
    bitsPerPixel: bytes.readUInt8(offset),
    depth: bytes.readUInt8(offset + 1),
    bigEndian: bytes.readUInt8(offset + 2) !== 0,
    trueColour: bytes.readUInt8(offset + 3) !== 0,
    redMax: bytes.readUInt16BE(offset + 4),
    greenMax: bytes.readUInt16BE(offset + 6),
    blueMax: bytes.readUInt16BE(offset + 8),
    redShift: bytes.readUInt8(offset + 10),
    greenShift: bytes.readUInt8(offset + 11),
    blueShift: bytes.readUInt8(offset + 12),
  };
}

/** Why a format cannot be served (colour maps, odd sizes), or undefined when it can. */
export function unsupportedReason(format: PixelFormat): string | undefined {
  if (!format.trueColour) return 'colour-map pixel formats are not supported';
  if (![8, 16, 32].includes(format.bitsPerPixel)) {
    return `${format.bitsPerPixel} bits per pixel is not supported`;
  }
  return undefined;
}

/** One pixel of colour (r, g, b in 0–255) in the client's format. */
export function encodePixel(format: PixelFormat, r: number, g: number, b: number): Buffer {
  const scale = (value: number, max: number) => Math.round((value * max) / 255);
  const value =
    ((scale(r, format.redMax) << format.redShift) |
      (scale(g, format.greenMax) << format.greenShift) |
      (scale(b, format.blueMax) << format.blueShift)) >>>
    0;
  const size = format.bitsPerPixel / 8;
  const out = Buffer.alloc(size);
  if (format.bigEndian) out.writeUIntBE(value & (2 ** format.bitsPerPixel - 1), 0, size);
  else out.writeUIntLE(value & (2 ** format.bitsPerPixel - 1), 0, size);
  return out;
}
