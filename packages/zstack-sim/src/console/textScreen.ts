/**
 * An 80 × 25 text console, like a VGA text mode: lines scroll up, the cursor is a blinking-free
 * underline. Every row carries the change counter of its last change, so each viewer can ask
 * "which rows changed since I last looked" without the screen knowing its viewers.
 */
/** Columns of the text grid. */
export const columns = 80;
/** Rows of the text grid. */
export const rows = 25;

type Listener = () => void;

/** The character grid with a cursor; see the module comment. */
export class TextScreen {
  readonly #cells: string[] = Array.from({ length: rows }, () => '');
  readonly #rowVersions: number[] = Array.from({ length: rows }, () => 0);
  readonly #listeners = new Set<Listener>();
  #version = 0;
  #cursorRow = 0;
  #cursorCol = 0;
  #notifyQueued = false;

  /** Bumped by every change. */
  get version(): number {
    return this.#version;
  }

  get cursor(): { readonly row: number; readonly col: number } {
    return { row: this.#cursorRow, col: this.#cursorCol };
  }

  /** The text of a row (shorter than `columns` when it ends in blanks). */
  line(row: number): string {
    return this.#cells[row] ?? '';
  }

  /** Rows changed after `version`. */
  changedSince(version: number): number[] {
    const out: number[] = [];
    for (let row = 0; row < rows; row++) if ((this.#rowVersions[row] ?? 0) > version) out.push(row);
    return out;
  }

  /** Calls `listener` after each burst of changes (once per tick); returns the unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Writes text at the cursor: `\n` starts a new line, long lines wrap, the bottom scrolls. */
  write(text: string): void {
    for (const char of text) {
      if (char === '\n') {
        this.#newLine();
        continue;
      }
      if (this.#cursorCol >= columns) this.#newLine();
      const current = (this.#cells[this.#cursorRow] ?? '').padEnd(this.#cursorCol, ' ');
      this.#cells[this.#cursorRow] =
        current.slice(0, this.#cursorCol) + char + current.slice(this.#cursorCol + 1);
      this.#cursorCol++;
      this.#touch(this.#cursorRow);
    }
  }

  writeLine(text = ''): void {
    this.write(`${text}\n`);
  }

  /** Erases the character left of the cursor, on the cursor's row only. */
  backspace(): boolean {
    if (this.#cursorCol === 0) return false;
    this.#cursorCol--;
    const current = this.#cells[this.#cursorRow] ?? '';
    this.#cells[this.#cursorRow] = current.slice(0, this.#cursorCol).trimEnd();
    this.#touch(this.#cursorRow);
    return true;
  }

  clear(): void {
    for (let row = 0; row < rows; row++) {
      this.#cells[row] = '';
      this.#touch(row);
    }
    this.#cursorRow = 0;
    this.#cursorCol = 0;
  }

  #newLine(): void {
    this.#touch(this.#cursorRow);
    this.#cursorCol = 0;
    if (this.#cursorRow < rows - 1) {
      this.#cursorRow++;
    } else {
      this.#cells.shift();
      this.#cells.push('');
      for (let row = 0; row < rows; row++) this.#touch(row);
    }
    this.#touch(this.#cursorRow);
  }

  #touch(row: number): void {
    this.#version++;
    this.#rowVersions[row] = this.#version;
    if (this.#notifyQueued) return;
    this.#notifyQueued = true;
    // Many writes in one tick (a boot log, a command's output) make one update, not dozens.
    queueMicrotask(() => {
      this.#notifyQueued = false;
      for (const listener of this.#listeners) listener();
    });
  }
}
