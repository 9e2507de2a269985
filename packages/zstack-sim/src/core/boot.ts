import { createHash } from 'node:crypto';
import { newUuid } from '@zdash/zstack-api';
import type { Store } from '../store/types.ts';
import { accountTable, adminAccountUuid } from './identityTables.ts';

/** Lowercase hex SHA-512, the form ZStack stores and clients send passwords in. */
export function sha512Hex(text: string): string {
  return createHash('sha512').update(text, 'utf8').digest('hex');
}

/** Creates the built-in admin (`AccountConstant`: admin / sha512("password")) when missing. */
export function ensureAdminAccount(store: Store, now: number): boolean {
  if (store.get(accountTable.name, adminAccountUuid)) return false;
  store.insert(
    accountTable.name,
    {
      uuid: adminAccountUuid,
      name: 'admin',
      type: 'SystemAdmin',
      password: sha512Hex('password'),
      createDate: now,
      lastOpDate: now,
    },
    adminAccountUuid,
  );
  return true;
}

/**
 * The node's ManagementNode row: kept across restarts (its uuid is also the console proxy
 * agent's), with a fresh join date and heartbeat.
 */
export function joinManagementNode(
  store: Store,
  table: string,
  hostName: string,
  now: number,
): { uuid: string; hostName: string } {
  const [existing] = store.find(table);
  if (existing) {
    const uuid = String(existing.uuid);
    store.update(table, uuid, { hostName, joinDate: now, heartBeat: now });
    return { uuid, hostName };
  }
  const uuid = newUuid();
  store.insert(table, { uuid, hostName, joinDate: now, heartBeat: now });
  return { uuid, hostName };
}
