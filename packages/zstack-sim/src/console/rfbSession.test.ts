import { describe, expect, it } from 'vitest';
import { RfbSession } from './rfbSession.ts';
import { TextScreen } from './textScreen.ts';

/** A session fed bytes by hand: protocol errors and what the server answers to them. */
function session(password?: string) {
  const sent: Buffer[] = [];
  const ended: string[] = [];
  const keys: number[] = [];
  const rfb = new RfbSession({
    screen: new TextScreen(),
    name: 'vm',
    ...(password === undefined ? {} : { password }),
    send: (bytes) => sent.push(bytes),
    end: (reason) => ended.push(reason),
    onKey: (keysym, down) => {
      if (down) keys.push(keysym);
    },
  });
  const take = () => Buffer.concat(sent.splice(0));
  return { rfb, take, ended, keys };
}

const version = Buffer.from('RFB 003.008\n', 'latin1');

describe('RfbSession', () => {
  it('ends the connection on another protocol version', () => {
    const { rfb, take, ended } = session();
    expect(take().toString('latin1')).toBe('RFB 003.008\n');
    rfb.receive(Buffer.from('RFB 003.003\n', 'latin1'));
    expect(ended).toEqual(['unsupported protocol version "RFB 003.003\\n"']);
  });

  it('fails a security type it did not offer, with the reason', () => {
    const { rfb, take, ended } = session('pw');
    take();
    rfb.receive(version);
    expect([...take()]).toEqual([1, 2]);
    rfb.receive(Buffer.from([1]));
    const reason = 'security type 1 was not offered';
    expect(take()).toEqual(
      Buffer.concat([Buffer.from([0, 0, 0, 1, 0, 0, 0, reason.length]), Buffer.from(reason)]),
    );
    expect(ended).toEqual([reason]);
  });

  it('parses messages split across and packed into chunks, and ends on an unknown type', () => {
    const { rfb, take, ended, keys } = session();
    rfb.receive(Buffer.concat([version, Buffer.from([1, 1])]));
    const init = take();
    // version + security list + SecurityResult OK + ServerInit (24 + 2-byte name)
    expect(init.length).toBe(12 + 2 + 4 + 26);
    const key = (sym: number) => Buffer.from([4, 1, 0, 0, 0, 0, sym >> 8, sym & 255]);
    const encodings = Buffer.from([2, 0, 0, 1, 0xff, 0xff, 0xff, 0x21]);
    const stream = Buffer.concat([
      encodings,
      key(0x61),
      key(0xff0d),
      Buffer.from([5, 0, 0, 1, 0, 1]),
    ]);
    rfb.receive(stream.subarray(0, 5));
    rfb.receive(stream.subarray(5, 13));
    rfb.receive(stream.subarray(13));
    expect(rfb.supportsDesktopSize).toBe(true);
    expect(keys).toEqual([0x61, 0xff0d]);
    expect(ended).toEqual([]);
    rfb.receive(Buffer.from([9]));
    expect(ended).toEqual(['unknown client message type 9']);
  });

  it('refuses colour-map pixel formats', () => {
    const { rfb, ended } = session();
    rfb.receive(Buffer.concat([version, Buffer.from([1, 1])]));
    rfb.receive(Buffer.from([0, 0, 0, 0, 8, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    expect(ended).toEqual(['colour-map pixel formats are not supported']);
  });
});
