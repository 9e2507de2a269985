import { invalidArgument, notFound, operationError } from '../../core/apiError.ts';
import type { ApiCall } from '../../core/context.ts';
import { mustGet, num, str, strList } from '../../domain/common.ts';
import type { DiskOfferingRow, ImageRow, InstanceOfferingRow, L3Row } from '../../domain/rows.ts';

export interface CreateVmInput {
  readonly name: string;
  readonly image: ImageRow;
  readonly cpuNum: number;
  readonly cpuSpeed: number;
  readonly memorySize: number;
  readonly instanceOfferingUuid?: string;
  readonly l3Uuids: readonly string[];
  readonly defaultL3Uuid: string;
  readonly rootSize: number;
  readonly rootDiskOfferingUuid?: string;
  readonly dataDisks: readonly { size: number; diskOfferingUuid?: string }[];
  readonly strategy: 'InstantStart' | 'JustCreate' | 'CreateStopped';
}

const strategies = ['InstantStart', 'JustCreate', 'CreateStopped'] as const;

function checkPlacementTargets(call: ApiCall): void {
  const { store } = call.sim;
  const zoneUuid = str(call, 'zoneUuid');
  if (zoneUuid && mustGet(store, 'Zone', zoneUuid).state !== 'Enabled') {
    throw operationError(
      `zone[uuid:${zoneUuid}] is specified but it's Disabled, can not create vm from it`,
    );
  }
  const clusterUuid = str(call, 'clusterUuid');
  if (clusterUuid && mustGet(store, 'Cluster', clusterUuid).state !== 'Enabled') {
    throw operationError(
      `cluster[uuid:${clusterUuid}] is specified but it's Disabled, can not create vm from it`,
    );
  }
  const hostUuid = str(call, 'hostUuid');
  if (hostUuid) {
    const host = mustGet(store, 'Host', hostUuid);
    if (host.state !== 'Enabled') {
      throw operationError(
        `host[uuid:${hostUuid}] is specified but it's ${String(host.state)}, can not create vm from it`,
      );
    }
    if (host.status !== 'Connected') {
      throw operationError(
        `host[uuid:${hostUuid}] is specified but it's connection status is ${String(host.status)}, can not create vm from it`,
      );
    }
  }
}

function checkL3s(call: ApiCall): { l3Uuids: string[]; defaultL3Uuid: string } {
  const l3Uuids = strList(call, 'l3NetworkUuids');
  if (!l3Uuids.length) throw invalidArgument('l3NetworkUuids cannot be empty');
  const dup = l3Uuids.find((u, i) => l3Uuids.indexOf(u) !== i);
  if (dup) throw operationError(`Can't add same uuid in the l3Network,uuid: ${dup}`);
  for (const uuid of l3Uuids) {
    const l3 = call.sim.store.get('L3Network', uuid) as L3Row | undefined;
    if (!l3) throw notFound('L3NetworkVO', uuid);
    if (l3.state !== 'Enabled')
      throw operationError(`l3Network[uuid:${uuid}] is Disabled, can not create vm on it`);
    if (l3.system)
      throw operationError(
        `l3Network[uuid:${uuid}] is system network, can not create user vm on it`,
      );
  }
  let defaultL3Uuid = str(call, 'defaultL3NetworkUuid');
  if (!defaultL3Uuid) {
    if (l3Uuids.length > 1) {
      throw invalidArgument(
        'there are more than one L3 network specified in l3NetworkUuids, but defaultL3NetworkUuid is null',
      );
    }
    defaultL3Uuid = l3Uuids[0] as string;
  } else if (!l3Uuids.includes(defaultL3Uuid)) {
    throw invalidArgument(
      `defaultL3NetworkUuid[uuid:${defaultL3Uuid}] is not in l3NetworkUuids${JSON.stringify(l3Uuids)}`,
    );
  }
  return { l3Uuids, defaultL3Uuid };
}

function diskOffering(call: ApiCall, uuid: string): DiskOfferingRow {
  const offering = mustGet<DiskOfferingRow>(call.sim.store, 'DiskOffering', uuid);
  if (offering.state !== 'Enabled') {
    throw operationError(`disk offerings[uuids:[${uuid}]] are Disabled, can not create vm from it`);
  }
  return offering;
}

/**
 * VmInstanceApiInterceptor's checks of APICreateVmInstanceMsg; nothing is written before they pass.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmInstanceApiInterceptor.java
 */
export function checkCreateVm(call: ApiCall): CreateVmInput {
  const { store } = call.sim;
  const name = str(call, 'name');
  if (!name) throw invalidArgument('name cannot be empty');
  const imageUuid = str(call, 'imageUuid');
  if (!imageUuid) throw invalidArgument('imageUuid cannot be null');
  const image = mustGet<ImageRow>(store, 'Image', imageUuid);
  if (image.state !== 'Enabled')
    throw operationError(`image[uuid:${imageUuid}] is Disabled, can't create vm from it`);
  if (image.status !== 'Ready')
    throw operationError(`image[uuid:${imageUuid}] is not ready yet, can't create vm from it`);
  if (image.mediaType !== 'RootVolumeTemplate' && image.mediaType !== 'ISO') {
    throw invalidArgument(
      `image[uuid:${imageUuid}] is of mediaType: ${image.mediaType}, only RootVolumeTemplate and ISO can be used to create vm`,
    );
  }
  if (image.system)
    throw invalidArgument(
      `image[uuid:${imageUuid}] is system image, can't be used to create user vm`,
    );

  let cpuNum = num(call, 'cpuNum');
  let memorySize = num(call, 'memorySize');
  let cpuSpeed = 0;
  const instanceOfferingUuid = str(call, 'instanceOfferingUuid');
  if (instanceOfferingUuid) {
    const offering = mustGet<InstanceOfferingRow>(store, 'InstanceOffering', instanceOfferingUuid);
    if (offering.state !== 'Enabled') {
      throw operationError(
        `instance offering[uuid:${instanceOfferingUuid}] is Disabled, can't create vm from it`,
      );
    }
    cpuNum = offering.cpuNum;
    memorySize = offering.memorySize;
    cpuSpeed = offering.cpuSpeed ?? 0;
  }
  if (!cpuNum || !memorySize) throw operationError('Missing CPU/memory settings');

  const { l3Uuids, defaultL3Uuid } = checkL3s(call);
  checkPlacementTargets(call);

  const rootDiskOfferingUuid = str(call, 'rootDiskOfferingUuid');
  let rootSize = image.size;
  if (image.mediaType === 'ISO') {
    const size = rootDiskOfferingUuid
      ? diskOffering(call, rootDiskOfferingUuid).diskSize
      : num(call, 'rootDiskSize');
    if (!size)
      throw invalidArgument(
        `the image[name:${image.name}, uuid:${image.uuid}] is an ISO, rootDiskSize must be set`,
      );
    rootSize = size;
  }
  const dataDisks = [
    ...strList(call, 'dataDiskOfferingUuids').map((uuid) => ({
      size: diskOffering(call, uuid).diskSize,
      diskOfferingUuid: uuid,
    })),
    ...((call.params.dataDiskSizes as unknown[] | undefined) ?? []).map((s) => {
      const size = Number(s);
      if (!(size > 0))
        throw operationError(
          'Unexpected data disk settings. dataDiskSizes need to be greater than 0',
        );
      return { size };
    }),
  ];
  const strategy = (str(call, 'strategy') ?? 'InstantStart') as CreateVmInput['strategy'];
  if (!strategies.includes(strategy)) throw invalidArgument(`invalid strategy[${strategy}]`);
  return {
    name,
    image,
    cpuNum,
    cpuSpeed,
    memorySize,
    instanceOfferingUuid,
    l3Uuids,
    defaultL3Uuid,
    rootSize,
    rootDiskOfferingUuid,
    dataDisks,
    strategy,
  };
}
