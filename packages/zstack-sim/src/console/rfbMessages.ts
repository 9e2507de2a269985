import type { PixelFormat } from './pixelFormat.ts';
import { type Rect, renderRect, screenHeight, screenWidth } from './render.ts';
import type { TextScreen } from './textScreen.ts';

/**
 * RFB message framing: how long each client message is, and the server's FramebufferUpdate in
 * Raw encoding.
 *
 * @see https://github.com/rfbproto/rfbproto/blob/master/rfbproto.rst#client-to-server-messages
 * @see https://github.com/rfbproto/rfbproto/blob/master/rfbproto.rst#framebufferupdate
 */
const encodingRaw = 0;

/**
 * Bytes a client message of type `type` takes, given its first bytes: undefined = need more
 * bytes, null = not a message this server knows (the connection cannot go on).
 */
export function messageLength(type: number, bytes: Buffer): number | undefined | null {
  switch (type) {
    case 0:
      return 20;
    case 2:
      return bytes.length < 4 ? undefined : 4 + 4 * bytes.readUInt16BE(2);
    case 3:
      return 10;
    case 4:
      return 8;
    case 5:
      return 6;
    case 6:
      // A negative length is the Extended Clipboard form; its payload is |length| bytes.
      return bytes.length < 8 ? undefined : 8 + Math.abs(bytes.readInt32BE(4));
    default:
      return null;
  }
}

/** A FramebufferUpdate with one Raw rectangle per `rects`. */
export function framebufferUpdate(
  screen: TextScreen,
  format: PixelFormat,
  rects: readonly Rect[],
): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt8(0, 0);
  head.writeUInt16BE(rects.length, 2);
  const parts: Buffer[] = [head];
  for (const rect of rects) {
    const header = Buffer.alloc(12);
    header.writeUInt16BE(rect.x, 0);
    header.writeUInt16BE(rect.y, 2);
    header.writeUInt16BE(rect.width, 4);
    header.writeUInt16BE(rect.height, 6);
    header.writeInt32BE(encodingRaw, 8);
    parts.push(header, renderRect(screen, format, rect));
  }
  return Buffer.concat(parts);
}

/** A big-endian U32, as RFB sends integers. */
export function u32(value: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value, 0);
  return out;
}

/** The part of a requested rectangle inside the screen, or undefined when none is. */
export function clip(rect: Rect): Rect | undefined {
  const x = Math.min(rect.x, screenWidth);
  const y = Math.min(rect.y, screenHeight);
  const width = Math.min(rect.x + rect.width, screenWidth) - x;
  const height = Math.min(rect.y + rect.height, screenHeight) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : undefined;
}
