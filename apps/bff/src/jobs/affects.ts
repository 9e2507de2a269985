import { findApi } from '@zdash/zstack-api';

/**
 * The web app's query keys an API's job changes, so a finished job can invalidate them. The key
 * is the catalogue section (the same noun as the BFF router and the web feature folder), plus
 * neighbours a change is visible in: a VM's operation moves capacity and its volumes; every job
 * changes the dashboard and the job centre itself.
 *
 * @see ../../../../packages/zstack-api/src/catalog/types.ts (CatalogSection)
 */
export function affectedKeys(apiName: string): string[] {
  const api = findApi(apiName);
  const keys = new Set<string>(['jobs', 'dashboard']);
  if (api) keys.add(api.section);
  const extra = neighbours[api?.section ?? ''] ?? [];
  for (const key of extra) keys.add(key);
  return [...keys];
}

const neighbours: Record<string, readonly string[]> = {
  vms: ['volumes', 'capacity', 'hosts'],
  volumes: ['vms', 'primaryStorage'],
  images: ['backupStorage'],
  hosts: ['clusters', 'capacity', 'vms'],
  eips: ['vips', 'vms'],
  vips: ['eips'],
  networkServices: ['l2Networks', 'l3Networks'],
  l3Networks: ['networkServices'],
};
