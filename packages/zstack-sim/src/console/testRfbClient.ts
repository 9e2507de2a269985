import { createCipheriv } from 'node:crypto';
import { expect } from 'vitest';
import { WebSocket } from 'ws';
import { cellHeight, cellWidth, glyphOf, isLit } from './font.ts';

/**
 * Test seam: a WebSocket + RFB 3.8 client written against the spec (not against the server's
 * code), reading the Raw framebuffer back into text by matching each 9 × 16 cell against the
 * console font's glyphs. Every wait is on a socket event; nothing sleeps.
 *
 * @see https://github.com/rfbproto/rfbproto/blob/master/rfbproto.rst
 */
export interface Closed {
  readonly code: number;
  readonly reason: string;
}

export interface UpdateRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly encoding: number;
}

/** noVNC's pixel format: 32 bpp, depth 24, little-endian, red at 0, green 8, blue 16. */
export const noVncFormat = [32, 24, 0, 1, 0, 255, 0, 255, 0, 255, 0, 8, 16, 0, 0, 0];

/** The VNC-auth response computed independently of the server: 3-key DES with k = k1 = k2 = k3. */
export function clientVncResponse(password: string, challenge: Buffer): Buffer {
  const key = Buffer.alloc(8);
  Buffer.from(password, 'latin1').copy(key, 0, 0, 8);
  const mirrored = Buffer.from(
    [...key].map((byte) =>
      Number.parseInt(byte.toString(2).padStart(8, '0').split('').reverse().join(''), 2),
    ),
  );
  const cipher = createCipheriv(
    'des-ede3-ecb',
    Buffer.concat([mirrored, mirrored, mirrored]),
    null,
  );
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(challenge), cipher.final()]);
}

const glyphBySignature = new Map<string, string>();
for (let code = 0x20; code <= 0x7e; code++) {
  const char = String.fromCharCode(code);
  const glyph = glyphOf(char);
  let signature = '';
  for (let y = 0; y < cellHeight; y++)
    for (let x = 0; x < cellWidth; x++) signature += isLit(glyph, x, y) ? '#' : '.';
  glyphBySignature.set(signature, char);
}

export class RfbTestClient {
  readonly ws: WebSocket;
  readonly closed: Promise<Closed>;
  width = 0;
  height = 0;
  name = '';
  bytesPerPixel = 4;
  /** Lit (non-black) pixels of the framebuffer as the client has received it. */
  lit = new Uint8Array(0);
  #queue: Buffer = Buffer.alloc(0);
  #waiter: (() => void) | undefined;
  #isClosed = false;

  private constructor(ws: WebSocket) {
    this.ws = ws;
    this.closed = new Promise<Closed>((resolve) => {
      ws.on('close', (code, reason) => {
        this.#isClosed = true;
        this.#waiter?.();
        resolve({ code, reason: reason.toString() });
      });
    });
    ws.on('message', (data: Buffer, isBinary) => {
      if (!isBinary) return;
      this.#queue = Buffer.concat([this.#queue, data]);
      this.#waiter?.();
    });
  }

  /** Opens the WebSocket; rejects when the handshake fails (no 101, bad subprotocol). */
  static connect(url: string, protocols: string[] = []): Promise<RfbTestClient> {
    const ws = new WebSocket(url, protocols);
    const client = new RfbTestClient(ws);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(client));
      ws.once('error', reject);
    });
  }

  /** Resolves with the next `count` bytes from the server; rejects if it closes first. */
  async read(count: number): Promise<Buffer> {
    while (this.#queue.length < count) {
      if (this.#isClosed) throw new Error(`closed with ${this.#queue.length}/${count} bytes`);
      await new Promise<void>((resolve) => {
        this.#waiter = resolve;
      });
      this.#waiter = undefined;
    }
    const out = this.#queue.subarray(0, count);
    this.#queue = this.#queue.subarray(count);
    return out;
  }

  send(bytes: number[] | Buffer): void {
    this.ws.send(Buffer.from(bytes));
  }

  /** Version, security, ClientInit and ServerInit; returns the security types offered. */
  async handshake(password?: string): Promise<number[]> {
    expect((await this.read(12)).toString('latin1')).toBe('RFB 003.008\n');
    this.send(Buffer.from('RFB 003.008\n', 'latin1'));
    const count = (await this.read(1)).readUInt8(0);
    const types = [...(await this.read(count))];
    const chosen = types[0] ?? 0;
    this.send([chosen]);
    if (chosen === 2) this.send(clientVncResponse(password ?? '', await this.read(16)));
    const result = (await this.read(4)).readUInt32BE(0);
    if (result !== 0) {
      const length = (await this.read(4)).readUInt32BE(0);
      throw new Error(`security failed: ${(await this.read(length)).toString('utf8')}`);
    }
    this.send([1]);
    const init = await this.read(24);
    this.width = init.readUInt16BE(0);
    this.height = init.readUInt16BE(2);
    this.name = (await this.read(init.readUInt32BE(20))).toString('utf8');
    this.lit = new Uint8Array(this.width * this.height);
    return types;
  }

  /** SetPixelFormat (noVNC's unless given) and SetEncodings (Raw and DesktopSize). */
  setup(format: number[] = noVncFormat): void {
    this.bytesPerPixel = (format[0] ?? 32) / 8;
    this.send([0, 0, 0, 0, ...format]);
    const encodings = Buffer.alloc(12);
    encodings.writeUInt8(2, 0);
    encodings.writeUInt16BE(2, 2);
    encodings.writeInt32BE(0, 4);
    encodings.writeInt32BE(-223, 8);
    this.send(encodings);
  }

  requestUpdate(incremental: boolean, x = 0, y = 0, width = this.width, height = this.height) {
    const msg = Buffer.alloc(10);
    msg.writeUInt8(3, 0);
    msg.writeUInt8(incremental ? 1 : 0, 1);
    msg.writeUInt16BE(x, 2);
    msg.writeUInt16BE(y, 4);
    msg.writeUInt16BE(width, 6);
    msg.writeUInt16BE(height, 8);
    this.send(msg);
  }

  /** Reads one FramebufferUpdate into `lit`; returns its rectangles. */
  async readUpdate(): Promise<UpdateRect[]> {
    const head = await this.read(4);
    expect(head.readUInt8(0)).toBe(0);
    const rects: UpdateRect[] = [];
    for (let i = head.readUInt16BE(2); i > 0; i--) {
      const h = await this.read(12);
      const rect = {
        x: h.readUInt16BE(0),
        y: h.readUInt16BE(2),
        width: h.readUInt16BE(4),
        height: h.readUInt16BE(6),
        encoding: h.readInt32BE(8),
      };
      rects.push(rect);
      const size = this.bytesPerPixel;
      const pixels = await this.read(rect.width * rect.height * size);
      for (let p = 0; p < rect.width * rect.height; p++) {
        const px = pixels.subarray(p * size, (p + 1) * size);
        const x = rect.x + (p % rect.width);
        const y = rect.y + Math.floor(p / rect.width);
        this.lit[y * this.width + x] = px.some((byte) => byte !== 0) ? 1 : 0;
      }
    }
    return rects;
  }

  /** Keeps asking for incremental updates until the screen text satisfies `done`. */
  async waitForText(done: (text: string) => boolean): Promise<string> {
    for (;;) {
      const text = this.text();
      if (done(text)) return text;
      this.requestUpdate(true);
      await this.readUpdate();
    }
  }

  /** Presses and releases one key. */
  key(keysym: number): void {
    for (const down of [1, 0]) {
      const msg = Buffer.alloc(8);
      msg.writeUInt8(4, 0);
      msg.writeUInt8(down, 1);
      msg.writeUInt32BE(keysym, 4);
      this.send(msg);
    }
  }

  /** Types text; `\n` is Return. */
  type(text: string): void {
    for (const char of text) this.key(char === '\n' ? 0xff0d : char.charCodeAt(0));
  }

  /** The framebuffer read back as text lines (cells matching no glyph read as `\u00bf`). */
  text(): string {
    const lines: string[] = [];
    for (let row = 0; row * cellHeight < this.height; row++) {
      let line = '';
      for (let col = 0; col * cellWidth < this.width; col++) line += this.#cell(row, col);
      lines.push(line.trimEnd());
    }
    return lines.join('\n');
  }

  #cell(row: number, col: number): string {
    let full = '';
    for (let y = 0; y < cellHeight; y++) {
      for (let x = 0; x < cellWidth; x++) {
        full += this.lit[(row * cellHeight + y) * this.width + col * cellWidth + x] ? '#' : '.';
      }
    }
    const exact = glyphBySignature.get(full);
    if (exact) return exact;
    // The cursor underlines its cell's last two pixel rows.
    const body = full.slice(0, cellWidth * (cellHeight - 2));
    for (const [signature, char] of glyphBySignature) {
      if (signature.startsWith(body)) return char;
    }
    return '\u00bf';
  }
}
