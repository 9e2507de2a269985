/**
 * Setup for the conformance replays: builds the smallest cloud a VM runs on through the
 * simulator's own REST API (plain fetch; the simulator never imports the client), so the replayed
 * captures act on real resources whatever the seed holds.
 */

type Json = Record<string, unknown>;

/** Calls one REST API as an SDK would and, for a 202, polls the job to its end. */
export async function restCall(
  base: string,
  session: string,
  method: string,
  path: string,
  body?: Json,
): Promise<Json> {
  const headers = { Authorization: `OAuth ${session}`, 'Content-Type': 'application/json' };
  let res = await fetch(`${base}/v1${path}`, {
    method,
    headers,
    body: body ? JSON.stringify(body) : undefined,
  });
  if (res.status === 202) {
    const { location } = (await res.json()) as { location: string };
    do {
      await new Promise((resolve) => setImmediate(resolve));
      res = await fetch(location, { headers });
    } while (res.status === 202);
  }
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${method} ${path} → ${res.status} ${text}`);
  return JSON.parse(text) as Json;
}

/** Creates Running VMs with the given names on a new one-host cloud; answers their uuids. */
export async function createRunningVms(
  base: string,
  session: string,
  names: readonly string[],
): Promise<string[]> {
  const uuid = async (method: string, path: string, body: Json) =>
    String(((await restCall(base, session, method, path, body)).inventory as Json).uuid);
  const zone = await uuid('POST', '/zones', { params: { name: 'conformance' } });
  const cluster = await uuid('POST', '/clusters', {
    params: { zoneUuid: zone, name: 'c1', hypervisorType: 'KVM' },
  });
  await uuid('POST', '/hosts/kvm', {
    params: {
      name: 'h1',
      managementIp: '192.168.0.11',
      clusterUuid: cluster,
      username: 'root',
      password: 'password',
    },
  });
  const ps = await uuid('POST', '/primary-storage/smp', {
    params: { name: 'smp', url: '/zstack_ps', zoneUuid: zone },
  });
  await restCall(base, session, 'POST', `/clusters/${cluster}/primary-storage/${ps}`, {
    params: {},
  });
  const bs = await uuid('POST', '/backup-storage/sftp', {
    params: {
      name: 'bs',
      url: '/data/sftp',
      hostname: '192.168.0.2',
      username: 'root',
      password: 'password',
    },
  });
  await restCall(base, session, 'POST', `/zones/${zone}/backup-storage/${bs}`, { params: {} });
  const image = await uuid('POST', '/images', {
    params: {
      name: 'tiny',
      url: 'http://download.zstack.org/templates/zstack-image-1.4.qcow2',
      backupStorageUuids: [bs],
      format: 'qcow2',
      platform: 'Linux',
    },
  });
  const offering = await uuid('POST', '/instance-offerings', {
    params: { name: 'small', cpuNum: 1, memorySize: 1024 ** 3 },
  });
  const l2 = await uuid('POST', '/l2-networks/no-vlan', {
    params: { name: 'l2', zoneUuid: zone, physicalInterface: 'eth0' },
  });
  await restCall(base, session, 'POST', `/l2-networks/${l2}/clusters/${cluster}`, {});
  const l3 = await uuid('POST', '/l3-networks', { params: { name: 'l3', l2NetworkUuid: l2 } });
  await restCall(base, session, 'POST', `/l3-networks/${l3}/ip-ranges`, {
    params: {
      name: 'r1',
      startIp: '10.0.0.10',
      endIp: '10.0.0.200',
      netmask: '255.255.255.0',
      gateway: '10.0.0.1',
    },
  });
  const vms: string[] = [];
  for (const name of names) {
    vms.push(
      await uuid('POST', '/vm-instances', {
        params: { name, imageUuid: image, instanceOfferingUuid: offering, l3NetworkUuids: [l3] },
      }),
    );
  }
  return vms;
}
