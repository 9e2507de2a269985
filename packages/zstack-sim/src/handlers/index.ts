import type { SectionModule } from '../core/context.ts';
import * as backupStorage from './backupStorage.ts';
import * as capacity from './capacity.ts';
import * as clusters from './clusters.ts';
import * as consoles from './consoles.ts';
import * as eips from './eips.ts';
import * as gc from './gc.ts';
import * as globalConfigs from './globalConfigs.ts';
import * as hosts from './hosts.ts';
import * as identity from './identity.ts';
import * as images from './images.ts';
import * as l2Networks from './l2Networks.ts';
import * as l3Networks from './l3Networks.ts';
import * as managementNodes from './managementNodes.ts';
import * as networkServices from './networkServices.ts';
import * as offerings from './offerings.ts';
import * as primaryStorage from './primaryStorage.ts';
import * as tags from './tags.ts';
import * as tasks from './tasks.ts';
import * as vips from './vips.ts';
import * as virtualRouters from './virtualRouters.ts';
import * as vms from './vms.ts';
import * as volumes from './volumes.ts';
import * as zones from './zones.ts';

/** Every section of the simulated node, in dependency order (tables of later ones may refer to earlier ones). */
export const sections: readonly SectionModule[] = [
  identity,
  managementNodes,
  globalConfigs,
  zones,
  clusters,
  hosts,
  primaryStorage,
  backupStorage,
  images,
  offerings,
  l2Networks,
  l3Networks,
  vms,
  volumes,
  capacity,
  tags,
  networkServices,
  vips,
  eips,
  virtualRouters,
  consoles,
  gc,
  tasks,
];
