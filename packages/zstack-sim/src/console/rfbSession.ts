import {
  decodePixelFormat,
  encodePixelFormat,
  type PixelFormat,
  serverPixelFormat,
  unsupportedReason,
} from './pixelFormat.ts';
import { type Rect, rowRuns, rowsRect, screenHeight, screenWidth } from './render.ts';
import { clip, framebufferUpdate, messageLength, u32 } from './rfbMessages.ts';
import type { TextScreen } from './textScreen.ts';
import { challengeLength, checkVncResponse, newChallenge } from './vncAuth.ts';

/**
 * The server side of one RFB 3.8 connection over a byte stream: handshake, security None or
 * VNC authentication, ServerInit, then the client messages a viewer that was offered nothing
 * beyond Raw can send (SetPixelFormat, SetEncodings, FramebufferUpdateRequest, KeyEvent,
 * PointerEvent, ClientCutText). Updates are Raw only: a non-incremental request is answered at
 * once; an incremental one is held until the screen changes and answered with the changed rows.
 *
 * @see https://github.com/rfbproto/rfbproto/blob/master/rfbproto.rst
 * @see https://github.com/novnc/noVNC/blob/master/core/rfb.js
 */
export interface RfbSessionOptions {
  readonly screen: TextScreen;
  /** The desktop name in ServerInit (the VM's name). */
  readonly name: string;
  /** VNC authentication with this password; security None when undefined. */
  readonly password?: string;
  /** Writes bytes to the client. */
  readonly send: (bytes: Buffer) => void;
  /** Ends the connection (after a failed handshake or a protocol error). */
  readonly end: (reason: string) => void;
  /** A key pressed (down) or released. */
  readonly onKey: (keysym: number, down: boolean) => void;
  /** Text the client pasted (ClientCutText), Latin-1. */
  readonly onPaste?: (text: string) => void;
}

const version = 'RFB 003.008\n';
const securityNone = 1;
const securityVnc = 2;
/** DesktopSize pseudo-encoding: the client can follow a resize. */
export const encodingDesktopSize = -223;

type Phase = 'version' | 'security' | 'auth' | 'init' | 'normal' | 'closed';

/** One client's RFB connection; feed it bytes with receive(), end it with dispose(). */
export class RfbSession {
  readonly #options: RfbSessionOptions;
  #phase: Phase = 'version';
  #input: Buffer = Buffer.alloc(0);
  #challenge: Buffer | undefined;
  #format: PixelFormat = serverPixelFormat;
  #encodings: readonly number[] = [];
  /** Screen version the client has seen all of. */
  #seen = -1;
  #pendingIncremental = false;
  readonly #unsubscribe: () => void;

  constructor(options: RfbSessionOptions) {
    this.#options = options;
    options.send(Buffer.from(version, 'latin1'));
    this.#unsubscribe = options.screen.subscribe(() => this.#screenChanged());
  }

  /** Encodings the client listed in its last SetEncodings. */
  get encodings(): readonly number[] {
    return this.#encodings;
  }

  /** Whether the client said it can follow a desktop resize (it never happens here). */
  get supportsDesktopSize(): boolean {
    return this.#encodings.includes(encodingDesktopSize);
  }

  /** Feeds bytes received from the client. */
  receive(bytes: Buffer): void {
    if (this.#phase === 'closed') return;
    this.#input = this.#input.length === 0 ? bytes : Buffer.concat([this.#input, bytes]);
    // Each step handles one complete message; it returns false when it needs more bytes.
    let more = true;
    while (more) more = this.#step();
  }

  dispose(): void {
    this.#phase = 'closed';
    this.#unsubscribe();
  }

  /** Handles one complete message from the input; false when more bytes are needed. */
  #step(): boolean {
    const input = this.#input;
    switch (this.#phase) {
      case 'version':
        if (input.length < 12) return false;
        this.#consume(12);
        return this.#onVersion(input.subarray(0, 12).toString('latin1'));
      case 'security':
        if (input.length < 1) return false;
        this.#consume(1);
        return this.#onSecurity(input.readUInt8(0));
      case 'auth':
        if (input.length < challengeLength) return false;
        this.#consume(challengeLength);
        return this.#onAuthResponse(input.subarray(0, challengeLength));
      case 'init':
        if (input.length < 1) return false;
        this.#consume(1);
        this.#sendServerInit();
        return true;
      case 'normal':
        return this.#onClientMessage(input);
      default:
        return false;
    }
  }

  #consume(count: number): void {
    this.#input = this.#input.subarray(count);
  }

  #onVersion(text: string): boolean {
    if (text !== version) {
      this.#fail(`unsupported protocol version ${JSON.stringify(text)}`);
      return false;
    }
    const type = this.#options.password === undefined ? securityNone : securityVnc;
    this.#options.send(Buffer.from([1, type]));
    this.#phase = 'security';
    return true;
  }

  #onSecurity(type: number): boolean {
    const offered = this.#options.password === undefined ? securityNone : securityVnc;
    if (type !== offered) {
      this.#securityFailed(`security type ${type} was not offered`);
      return false;
    }
    if (type === securityNone) {
      this.#options.send(u32(0));
      this.#phase = 'init';
      return true;
    }
    this.#challenge = newChallenge();
    this.#options.send(this.#challenge);
    this.#phase = 'auth';
    return true;
  }

  #onAuthResponse(response: Buffer): boolean {
    const challenge = this.#challenge ?? Buffer.alloc(0);
    if (!checkVncResponse(this.#options.password ?? '', challenge, response)) {
      this.#securityFailed('Authentication failed');
      return false;
    }
    this.#options.send(u32(0));
    this.#phase = 'init';
    return true;
  }

  #sendServerInit(): void {
    const name = Buffer.from(this.#options.name, 'utf8');
    const head = Buffer.alloc(4);
    head.writeUInt16BE(screenWidth, 0);
    head.writeUInt16BE(screenHeight, 2);
    this.#options.send(
      Buffer.concat([head, encodePixelFormat(serverPixelFormat), u32(name.length), name]),
    );
    this.#phase = 'normal';
  }

  #onClientMessage(input: Buffer): boolean {
    if (input.length < 1) return false;
    const type = input.readUInt8(0);
    const length = messageLength(type, input);
    if (length === null) {
      this.#fail(`unknown client message type ${type}`);
      return false;
    }
    if (length === undefined || input.length < length) return false;
    const message = input.subarray(0, length);
    this.#consume(length);
    if (type === 0) this.#onSetPixelFormat(message);
    else if (type === 2) this.#onSetEncodings(message);
    else if (type === 3) this.#onUpdateRequest(message);
    else if (type === 4) this.#options.onKey(message.readUInt32BE(4), message.readUInt8(1) !== 0);
    else if (type === 6 && message.readInt32BE(4) >= 0) {
      this.#options.onPaste?.(message.subarray(8).toString('latin1'));
    }
    // 5 PointerEvent: a text console has no mouse.
    return this.#phase === 'normal';
  }

  #onSetPixelFormat(message: Buffer): void {
    const format = decodePixelFormat(message, 4);
    const reason = unsupportedReason(format);
    if (reason) this.#fail(reason);
    else this.#format = format;
  }

  #onSetEncodings(message: Buffer): void {
    const count = message.readUInt16BE(2);
    const list: number[] = [];
    for (let i = 0; i < count; i++) list.push(message.readInt32BE(4 + 4 * i));
    this.#encodings = list;
  }

  #onUpdateRequest(message: Buffer): void {
    const incremental = message.readUInt8(1) !== 0;
    if (!incremental) {
      const asked = clip({
        x: message.readUInt16BE(2),
        y: message.readUInt16BE(4),
        width: message.readUInt16BE(6),
        height: message.readUInt16BE(8),
      });
      const rect = asked ?? { x: 0, y: 0, width: screenWidth, height: screenHeight };
      const version = this.#options.screen.version;
      this.#sendRects([rect]);
      // Only a whole-screen answer brings the client up to date; a held incremental request
      // stays held either way.
      if (rect.width === screenWidth && rect.height === screenHeight) this.#seen = version;
      return;
    }
    this.#pendingIncremental = true;
    this.#screenChanged();
  }

  /** Answers a held incremental request if anything changed; never sends an empty update. */
  #screenChanged(): void {
    if (!this.#pendingIncremental || this.#phase !== 'normal') return;
    const screen = this.#options.screen;
    const changed = screen.changedSince(this.#seen);
    if (changed.length === 0) return;
    this.#pendingIncremental = false;
    const version = screen.version;
    this.#sendRects(rowRuns(changed).map(([first, last]) => rowsRect(first, last)));
    this.#seen = version;
  }

  #sendRects(rects: readonly Rect[]): void {
    this.#options.send(framebufferUpdate(this.#options.screen, this.#format, rects));
  }

  /** SecurityResult "failed" with its reason (3.8), then the end of the connection. */
  #securityFailed(reason: string): void {
    const text = Buffer.from(reason, 'utf8');
    this.#options.send(Buffer.concat([u32(1), u32(text.length), text]));
    this.#fail(reason);
  }

  #fail(reason: string): void {
    this.dispose();
    this.#options.end(reason);
  }
}
