import type { VmFacts } from './vmFacts.ts';

/**
 * The read-only commands of the guest's shell, as text. poweroff, reboot and logout change the
 * guest and live in guest.ts.
 */
export const userdataPath = '/var/lib/cloud/instance/user-data.txt';

/** What `help` prints. */
export const helpText = [
  `commands: hostname, ip addr, uptime, cat ${userdataPath},`,
  '          clear, logout, poweroff, reboot',
];

function prefixLength(netmask: string | undefined): number {
  if (!netmask) return 24;
  return netmask
    .split('.')
    .map((part) => Number(part).toString(2).replaceAll('0', '').length)
    .reduce((sum, bits) => sum + bits, 0);
}

/** `ip addr`: the loopback, then one block per NIC. */
export function ipAddr(facts: VmFacts): string[] {
  const out = [
    '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN',
    '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
    '    inet 127.0.0.1/8 scope host lo',
  ];
  facts.nics.forEach((nic, index) => {
    out.push(
      `${index + 2}: ${nic.device}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP`,
      `    link/ether ${nic.mac} brd ff:ff:ff:ff:ff:ff`,
    );
    if (nic.ip) {
      out.push(`    inet ${nic.ip}/${prefixLength(nic.netmask)} scope global ${nic.device}`);
    }
  });
  return out;
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** ` 14:02:11 up 3 min,  1 user,  load average: 0.00, 0.01, 0.05` */
export function uptime(nowMs: number, bootedAtMs: number): string {
  const now = new Date(nowMs);
  const clock = `${twoDigits(now.getUTCHours())}:${twoDigits(now.getUTCMinutes())}:${twoDigits(now.getUTCSeconds())}`;
  const minutes = Math.max(0, Math.floor((nowMs - bootedAtMs) / 60_000));
  const up =
    minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)}:${twoDigits(minutes % 60)}`;
  return ` ${clock} up ${up},  1 user,  load average: 0.00, 0.01, 0.05`;
}

/** `cat <path>`: the userdata file, or cat's complaint. */
export function cat(facts: VmFacts, path: string | undefined): string[] {
  if (!path) return [];
  if (path === userdataPath && typeof facts.userData === 'string') {
    return facts.userData.replace(/\r/g, '').replace(/\n$/, '').split('\n');
  }
  return [`cat: ${path}: No such file or directory`];
}
