import { invalidArgument } from '../core/apiError.ts';

/**
 * `stateEvent` → state for the Enabled/Disabled resources (zone, cluster, L3, offerings, images,
 * primary/backup storage).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/zone/ZoneStateEvent.java
 */
export function enableDisable(stateEvent: unknown): 'Enabled' | 'Disabled' {
  if (stateEvent === 'enable') return 'Enabled';
  if (stateEvent === 'disable') return 'Disabled';
  throw invalidArgument(
    `invalid stateEvent[${String(stateEvent)}], valid values are [enable, disable]`,
  );
}
