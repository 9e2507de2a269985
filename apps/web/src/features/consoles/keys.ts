/** X11 keysyms the console toolbar sends (RFB KeyEvent carries keysyms, not key codes). */
export const keysym = {
  backSpace: 0xff08,
  tab: 0xff09,
  enter: 0xff0d,
  escape: 0xff1b,
  delete: 0xffff,
  f1: 0xffbe,
  controlLeft: 0xffe3,
  altLeft: 0xffe9,
} as const;

/** A key combination of the toolbar menu: keysyms pressed in order, released in reverse. */
export interface KeyCombo {
  id: string;
  label: string;
  keysyms: readonly number[];
}

/** The combinations a browser would otherwise swallow (or that are awkward to type). */
export const keyCombos: readonly KeyCombo[] = [
  {
    id: 'ctrl-alt-f1',
    label: 'Ctrl+Alt+F1',
    keysyms: [keysym.controlLeft, keysym.altLeft, keysym.f1],
  },
  {
    id: 'ctrl-alt-f2',
    label: 'Ctrl+Alt+F2',
    keysyms: [keysym.controlLeft, keysym.altLeft, keysym.f1 + 1],
  },
  { id: 'ctrl-c', label: 'Ctrl+C', keysyms: [keysym.controlLeft, 0x63] },
  { id: 'ctrl-d', label: 'Ctrl+D', keysyms: [keysym.controlLeft, 0x64] },
  { id: 'ctrl-z', label: 'Ctrl+Z', keysyms: [keysym.controlLeft, 0x7a] },
  { id: 'esc', label: 'Esc', keysyms: [keysym.escape] },
  { id: 'tab', label: 'Tab', keysyms: [keysym.tab] },
];

/**
 * The keysym that types one character: Latin-1 maps to itself, Enter and Tab to their keys,
 * anything else to the Unicode keysym range (0x01000000 + code point).
 */
export function keysymOfChar(char: string): number {
  if (char === '\n' || char === '\r') return keysym.enter;
  if (char === '\t') return keysym.tab;
  const code = char.codePointAt(0) ?? 0x3f;
  if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) return code;
  return 0x01000000 + code;
}

/** The keysyms that type a text (CRLF counts as one Enter). */
export function keysymsOfText(text: string): number[] {
  return Array.from(text.replace(/\r\n/g, '\n'), keysymOfChar);
}
