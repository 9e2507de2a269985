import type { VmFacts } from './vmFacts.ts';

/**
 * The lines a VM's console shows while it boots: a kernel-ish log naming the VM's uuid, memory,
 * CPUs and NICs, cloud-init fetching its user-data from 169.254.169.254 (what the Flat provider
 * serves it, see network/metadata.ts), and systemd reaching the login prompt.
 *
 * @see https://cloudinit.readthedocs.io/en/latest/reference/datasources/ec2.html
 */
const userdataPreviewLines = 4;
const cloudInit = 'cloud-init[312]:';

function stamp(seconds: number): string {
  return `[${seconds.toFixed(6).padStart(12, ' ')}]`;
}

function userdataLines(facts: VmFacts): string[] {
  if (facts.userData === null) {
    return [
      `${cloudInit} url_helper: http://169.254.169.254/latest/user-data unreachable`,
      `${cloudInit} no user-data (the L3 network has no Flat Userdata service)`,
    ];
  }
  if (facts.userData === undefined) {
    return [`${cloudInit} datasource EC2 (169.254.169.254): no user-data for this instance`];
  }
  const lines = facts.userData.replace(/\r/g, '').replace(/\n$/, '').split('\n');
  const bytes = Buffer.byteLength(facts.userData, 'utf8');
  const out = [`${cloudInit} received user-data (${bytes} bytes): ${lines[0] ?? ''}`];
  for (const line of lines.slice(1, 1 + userdataPreviewLines)) out.push(`${cloudInit}   ${line}`);
  const more = lines.length - 1 - userdataPreviewLines;
  if (more > 0) out.push(`${cloudInit}   ... (${more} more lines)`);
  return out;
}

/** The boot screen of a VM, line by line (long lines wrap on screen). */
export function bootLog(facts: VmFacts): string[] {
  const lines = [
    `${stamp(0)} Linux version 5.15.0-zdash (sim@zstack) #1 SMP x86_64`,
    `${stamp(0)} DMI: ZStack KVM, uuid ${facts.uuid}`,
    `${stamp(0)} Memory: ${Math.round(facts.memorySize / 1024 / 1024)}M available`,
    `${stamp(0.012)} smpboot: Allowing ${facts.cpuNum} CPUs, 0 hotplug CPUs`,
  ];
  facts.nics.forEach((nic, index) => {
    lines.push(`${stamp(0.61 + index / 100)} virtio_net virtio${index} ${nic.device}: ${nic.mac}`);
  });
  lines.push(
    `${stamp(1.204)} EXT4-fs (vda1): mounted filesystem with ordered data mode`,
    `${cloudInit} Cloud-init v. 23.1 running 'init' (datasource EC2)`,
    ...userdataLines(facts),
    `[  OK  ] Reached target Multi-User System.`,
    '',
    'zdash simulated guest (type "help" after login)',
    '',
  );
  return lines;
}
