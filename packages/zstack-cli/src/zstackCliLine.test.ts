import { describe, expect, it } from 'vitest';
import { toZStackCli } from './toZStackCli.ts';

const u = 'a'.repeat(32);

describe('toZStackCli', () => {
  it('writes an action with its uuid', () => {
    expect(toZStackCli('StartVmInstance', { uuid: u })).toBe(`StartVmInstance uuid=${u}`);
    expect(toZStackCli('startVmInstance', { uuid: u })).toBe(`StartVmInstance uuid=${u}`);
  });

  it('writes query conditions as field<op>value words, quoting spaces', () => {
    expect(
      toZStackCli('QueryVmInstance', {
        conditions: [
          { name: 'state', op: '=', value: 'Running' },
          { name: 'name', op: '~=', value: '%web server%' },
          { name: 'hostUuid', op: 'in', value: [u, u] },
        ],
        limit: 10,
      }),
    ).toBe(`QueryVmInstance state=Running 'name~=%web server%' 'hostUuid?=${u},${u}' limit=10`);
    expect(
      toZStackCli('QueryVolume', {
        conditions: [
          { name: 'vmInstanceUuid', op: 'is null' },
          { name: 'type', op: 'not in', value: ['Root'] },
        ],
      }),
    ).toBe(`QueryVolume vmInstanceUuid=null 'type!?=Root'`);
  });

  it('writes lists as comma lists and maps as JSON; secrets become placeholders', () => {
    expect(
      toZStackCli('CreateVmInstance', {
        name: "bob's vm",
        l3NetworkUuids: [u, u],
        systemTags: ['rootPassword::hunter2', 'userdata::I2Nsb3Vk', 'hostname::web'],
      }),
    ).toBe(
      `CreateVmInstance 'name=bob'\\''s vm' l3NetworkUuids=${u},${u} 'systemTags=rootPassword::<root-password>,userdata::<userdata>,hostname::web'`,
    );
    expect(
      toZStackCli('AttachNetworkServiceToL3Network', {
        l3NetworkUuid: u,
        networkServices: { [u]: ['DHCP', 'Eip'] },
      }),
    ).toBe(
      `AttachNetworkServiceToL3Network l3NetworkUuid=${u} 'networkServices={"${u}":["DHCP","Eip"]}'`,
    );
    const login = toZStackCli('LogInByAccount', { accountName: 'admin', password: 'hunter2' });
    expect(login).toBe(`LogInByAccount accountName=admin 'password=<password>'`);
    expect(login).not.toContain('hunter2');
  });
});
