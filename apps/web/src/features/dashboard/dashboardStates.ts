import { isMessageKey } from '../../lib/i18n/catalogues.ts';
import type { MessageKey } from '../../lib/i18n/en.ts';
import type { CountItem } from './components/CountsList.tsx';

type Color = CountItem['color'];

const vmColors: Record<string, Color> = {
  Running: 'success',
  Stopped: 'default',
  Unknown: 'warning',
  Error: 'error',
  Paused: 'warning',
};
const hostColors: Record<string, Color> = {
  Connected: 'success',
  Connecting: 'info',
  Disconnected: 'error',
};

/** Label key of a VM state or host status, `common.unknown` for one the catalogue lacks. */
export function stateLabelKey(kind: 'vm' | 'host', state: string): MessageKey {
  const key = `state.${kind}.${state}`;
  return isMessageKey(key) ? key : 'common.unknown';
}

/** Colour of a VM state chip: transitional states are `info`. */
export function vmStateColor(state: string): Color {
  return vmColors[state] ?? 'info';
}

/** Colour of a host status chip. */
export function hostStatusColor(status: string): Color {
  return hostColors[status] ?? 'default';
}
