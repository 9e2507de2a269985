import { describe, expect, it } from 'vitest';
import { Guest, type GuestHost } from './guest.ts';
import type { VmFacts } from './vmFacts.ts';

const facts: VmFacts = {
  uuid: 'a'.repeat(32),
  name: 'vm one',
  state: 'Running',
  hostname: 'vm-one',
  cpuNum: 2,
  memorySize: 2 * 1024 ** 3,
  nics: [{ device: 'eth0', mac: 'fa:00:00:00:00:01', ip: '10.0.0.5', netmask: '255.255.0.0' }],
  userData: '#cloud-config\nruncmd:\n  - echo hi\n',
};

function guestWith(overrides: Partial<VmFacts> = {}) {
  const calls: string[] = [];
  let answer: string | undefined;
  const host: GuestHost = {
    facts: () => ({ ...facts, ...overrides }),
    now: () => Date.UTC(2026, 0, 1, 12, 30, 0),
    powerOff: async () => {
      calls.push('powerOff');
      return answer;
    },
    reboot: async () => {
      calls.push('reboot');
      return answer;
    },
  };
  const guest = new Guest(host);
  const screenText = () =>
    Array.from({ length: 25 }, (_, row) => guest.screen.line(row))
      .join('\n')
      .trimEnd();
  const type = (text: string) => {
    for (const char of text) guest.key(char === '\n' ? 0xff0d : char.charCodeAt(0), true);
  };
  return { guest, calls, screenText, type, failNext: (text: string) => (answer = text) };
}

describe('the guest', () => {
  it('boots to a login prompt showing its memory, CPUs and user-data', () => {
    const { screenText } = guestWith();
    expect(screenText()).toContain('Memory: 2048M available');
    expect(screenText()).toContain('Allowing 2 CPUs');
    expect(screenText()).toContain('received user-data (34 bytes): #cloud-config');
    expect(screenText()).toContain('cloud-init[312]:   runcmd:');
    expect(screenText().endsWith('vm-one login:')).toBe(true);
  });

  it('does not echo the password, and refuses users other than root', () => {
    const { type, screenText } = guestWith();
    type('alice\nsecret\n');
    expect(screenText()).toContain('Login incorrect');
    expect(screenText()).not.toContain('secret');
    type('root\nsecret\nip addr\n');
    expect(screenText()).toContain('inet 10.0.0.5/16 scope global eth0');
    expect(screenText()).toContain('link/ether fa:00:00:00:00:01');
  });

  it('runs poweroff and reboot through the host, and goes back to the shell if they fail', async () => {
    const { type, calls, screenText, failNext } = guestWith();
    type('root\nx\n');
    failNext('the host is gone');
    type('poweroff\n');
    await Promise.resolve();
    await Promise.resolve();
    expect(calls).toEqual(['powerOff']);
    expect(screenText()).toContain('poweroff: the host is gone');
    expect(screenText().endsWith('[root@vm-one ~]#')).toBe(true);
  });

  it('reboots on Ctrl-Alt-Del and redraws its boot', () => {
    const { guest, type, calls, screenText } = guestWith();
    type('root\nx\nhostname\n');
    expect(screenText()).toContain('\nvm-one\n');
    guest.key(0xffe3, true);
    guest.key(0xffe9, true);
    guest.key(0xffff, true);
    expect(calls).toEqual(['reboot']);
    expect(screenText()).not.toContain('\nvm-one\n');
    expect(screenText().startsWith('[    0.000000] Linux version')).toBe(true);
  });

  it('types a pasted command, but not a whole file', () => {
    const { guest, screenText } = guestWith();
    guest.paste('root\r\nx\r\nuptime\r\n');
    expect(screenText()).toContain(' 12:30:00 up 0 min,  1 user');
    guest.paste('y'.repeat(5000));
    expect(screenText()).not.toContain('yyy');
  });
});
