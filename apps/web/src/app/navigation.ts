import type { MessageKey } from '../lib/i18n/en.ts';

/** Navigation groups, in drawer order. */
export type NavGroup = 'compute' | 'storage' | 'networks' | 'settings' | 'operations' | 'identity';

/** One area of the product. `built: false` areas show the "coming in a later release" page. */
export interface NavArea {
  id: string;
  path: string;
  group: NavGroup | null;
  label: MessageKey;
  /** What the area will do; shown while it is not built. */
  soon?: MessageKey;
  built: boolean;
}

const area = (id: string, path: string, group: NavGroup, built = false): NavArea => ({
  id,
  path,
  group,
  label: `nav.${id}` as MessageKey,
  soon: built ? undefined : (`soon.${id}` as MessageKey),
  built,
});

/** Every area the product will have (issue C: the drawer shows them all from the start). */
export const navAreas: readonly NavArea[] = [
  { id: 'dashboard', path: '/', group: null, label: 'nav.dashboard', built: true },
  area('vms', '/vms', 'compute'),
  area('hosts', '/hosts', 'compute'),
  area('clusters', '/clusters', 'compute'),
  area('zones', '/zones', 'compute'),
  area('primaryStorage', '/primary-storage', 'storage'),
  area('backupStorage', '/backup-storage', 'storage'),
  area('volumes', '/volumes', 'storage'),
  area('images', '/images', 'storage'),
  area('l2Networks', '/l2-networks', 'networks'),
  area('l3Networks', '/l3-networks', 'networks'),
  area('vips', '/vips', 'networks'),
  area('virtualRouters', '/virtual-routers', 'networks'),
  area('networkServices', '/network-services', 'networks'),
  area('globalConfig', '/global-config', 'settings'),
  area('apiTimeouts', '/settings/api-timeouts', 'settings', true),
  area('consoleProxies', '/console-proxy-agents', 'settings'),
  area('gcJobs', '/gc-jobs', 'settings'),
  area('jobs', '/jobs', 'operations', true),
  area('auditLog', '/audit-log', 'operations', true),
  area('backups', '/backups', 'operations'),
  area('wizards', '/wizards', 'operations'),
  area('cli', '/cli', 'operations'),
  area('accounts', '/accounts', 'identity'),
];

/** Group order and labels. */
export const navGroups: readonly { id: NavGroup; label: MessageKey }[] = [
  { id: 'compute', label: 'nav.group.compute' },
  { id: 'storage', label: 'nav.group.storage' },
  { id: 'networks', label: 'nav.group.networks' },
  { id: 'settings', label: 'nav.group.settings' },
  { id: 'operations', label: 'nav.group.operations' },
  { id: 'identity', label: 'nav.group.identity' },
];
