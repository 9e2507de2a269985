import { bootLog } from './bootLog.ts';
import { cat, helpText, ipAddr, uptime } from './shellCommands.ts';
import { TextScreen } from './textScreen.ts';
import type { VmFacts } from './vmFacts.ts';

/**
 * The simulated guest OS behind a VM's console: it boots (draws its boot log), shows a login
 * prompt, logs root in (any password, or the `rootPassword::` one when the VM has it) and runs a
 * tiny shell. One guest per VM: its screen survives reconnects while the VM runs.
 *
 * @see https://github.com/novnc/noVNC/blob/master/core/input/keysym.js
 */
export interface GuestHost {
  /** The VM as the store has it now; undefined once it is gone. */
  facts(): VmFacts | undefined;
  /** Simulated now, in ms. */
  now(): number;
  /** Runs the VM's stop; resolves with the error text on failure. */
  powerOff(): Promise<string | undefined>;
  /** Runs the VM's reboot; resolves with the error text on failure. */
  reboot(): Promise<string | undefined>;
}

const keys = {
  backSpace: 0xff08,
  tab: 0xff09,
  returnKey: 0xff0d,
  keypadEnter: 0xff8d,
  deleteKey: 0xffff,
  controlLeft: 0xffe3,
  controlRight: 0xffe4,
  altLeft: 0xffe9,
  altRight: 0xffea,
} as const;

type Mode = 'login' | 'password' | 'shell' | 'down';

/** Longest clipboard typed into the console (a pasted command, not a file). */
const maxPaste = 4096;

/** One VM's guest OS: its screen, login and shell. */
export class Guest {
  readonly screen = new TextScreen();
  readonly #host: GuestHost;
  #mode: Mode = 'login';
  #line = '';
  #user = '';
  #bootedAt = 0;
  readonly #held = new Set<number>();

  constructor(host: GuestHost) {
    this.#host = host;
    this.boot();
  }

  /** Clears the screen and boots: the boot log, then the login prompt. */
  boot(): void {
    const facts = this.#host.facts();
    this.screen.clear();
    if (facts) for (const line of bootLog(facts)) this.screen.writeLine(line);
    this.#bootedAt = this.#host.now();
    this.#toLogin();
  }

  /** A KeyEvent from the viewer. */
  key(keysym: number, down: boolean): void {
    if (!down) {
      this.#held.delete(keysym);
      return;
    }
    this.#held.add(keysym);
    const ctrl = this.#held.has(keys.controlLeft) || this.#held.has(keys.controlRight);
    const alt = this.#held.has(keys.altLeft) || this.#held.has(keys.altRight);
    if (ctrl && alt && keysym === keys.deleteKey) {
      this.#reboot();
      return;
    }
    if (this.#mode === 'down') return;
    if (keysym === keys.returnKey || keysym === keys.keypadEnter) this.#enter();
    else if (keysym === keys.backSpace) this.#backspace();
    else if (ctrl && (keysym === 0x63 || keysym === 0x43)) this.#interrupt();
    else if (keysym >= 0x20 && keysym <= 0xff && !ctrl) this.#type(String.fromCharCode(keysym));
  }

  /** ClientCutText: typed as keystrokes, a newline as Return; a clipboard this long is not. */
  paste(text: string): void {
    if (text.length > maxPaste) return;
    for (const char of text.replace(/\r\n?/g, '\n')) {
      if (char === '\n') this.key(keys.returnKey, true);
      else this.key(char.charCodeAt(0), true);
    }
  }

  #type(char: string): void {
    this.#line += char;
    if (this.#mode !== 'password') this.screen.write(char);
  }

  #backspace(): void {
    if (this.#line === '') return;
    this.#line = this.#line.slice(0, -1);
    if (this.#mode !== 'password') this.screen.backspace();
  }

  #interrupt(): void {
    this.screen.writeLine('^C');
    this.#line = '';
    if (this.#mode === 'shell') this.#prompt();
    else this.#toLogin();
  }

  #enter(): void {
    const line = this.#line;
    this.#line = '';
    this.screen.writeLine();
    if (this.#mode === 'login') {
      this.#user = line.trim();
      if (this.#user === '') {
        this.#toLogin();
      } else {
        this.#mode = 'password';
        this.screen.write('Password: ');
      }
    } else if (this.#mode === 'password') {
      this.#checkPassword(line);
    } else {
      this.#run(line.trim());
    }
  }

  #checkPassword(password: string): void {
    const expected = this.#host.facts()?.rootPassword;
    if (this.#user !== 'root' || (expected !== undefined && password !== expected)) {
      this.screen.writeLine('');
      this.screen.writeLine('Login incorrect');
      this.#toLogin();
      return;
    }
    this.#mode = 'shell';
    this.#prompt();
  }

  #run(command: string): void {
    const [name = '', ...args] = command.split(/\s+/);
    if (name === 'logout' || name === 'exit') this.#toLogin();
    else if (name === 'poweroff' || name === 'shutdown' || name === 'halt') this.#powerOff();
    else if (name === 'reboot') this.#reboot();
    else {
      for (const line of this.#output(name, args)) this.screen.writeLine(line);
      this.#prompt();
    }
  }

  /** The output of a command that only prints. */
  #output(name: string, args: readonly string[]): readonly string[] {
    const facts = this.#host.facts();
    if (!facts || name === '') return [];
    if (name === 'hostname') return [facts.hostname];
    if (name === 'ip' && ['addr', 'a', 'address'].includes(args[0] ?? '')) return ipAddr(facts);
    if (name === 'uptime') return [uptime(this.#host.now(), this.#bootedAt)];
    if (name === 'cat') return cat(facts, args[0]);
    if (name === 'help') return helpText;
    if (name === 'clear') {
      this.screen.clear();
      return [];
    }
    return [`-bash: ${name}: command not found`];
  }

  #powerOff(): void {
    this.#mode = 'down';
    this.screen.writeLine('[  OK  ] Reached target Power-Off.');
    this.screen.writeLine('reboot: Power down');
    void this.#host.powerOff().then((error) => this.#failed('poweroff', error));
  }

  #reboot(): void {
    this.#mode = 'down';
    this.screen.writeLine('reboot: Restarting system');
    void this.#host.reboot().then((error) => this.#failed('reboot', error));
    // The guest goes down and boots again while the VM is Rebooting.
    this.boot();
  }

  /** A stop or reboot the node refused leaves the guest running, back at its shell. */
  #failed(what: string, error: string | undefined): void {
    if (error === undefined) return;
    this.screen.writeLine(`${what}: ${error}`);
    this.#mode = 'shell';
    this.#prompt();
  }

  #toLogin(): void {
    this.#mode = 'login';
    this.#user = '';
    this.screen.write(`${this.#host.facts()?.hostname ?? 'localhost'} login: `);
  }

  #prompt(): void {
    this.screen.write(`[root@${this.#host.facts()?.hostname ?? 'localhost'} ~]# `);
  }
}
