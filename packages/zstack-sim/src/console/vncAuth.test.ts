import { describe, expect, it } from 'vitest';
import { clientVncResponse } from './testRfbClient.ts';
import { checkVncResponse, desEncrypt, vncKey, vncResponse } from './vncAuth.ts';

describe('VNC authentication', () => {
  it('is single DES (the classic test vector)', () => {
    const key = Buffer.from('133457799BBCDFF1', 'hex');
    const plain = Buffer.from('0123456789ABCDEF', 'hex');
    expect(desEncrypt(key, plain).toString('hex')).toBe('85e813540f0ab405');
  });

  it('reverses the bits of each password byte and pads or cuts it to 8 bytes', () => {
    // 'a' = 0x61 = 01100001 → 10000110 = 0x86; '\x01' → 0x80.
    expect(vncKey('a\x01').toString('hex')).toBe('8680000000000000');
    expect(vncKey('123456789')).toEqual(vncKey('12345678'));
  });

  it('accepts the response a client computes independently, and only that one', () => {
    const challenge = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
    const response = clientVncResponse('s3cret!x', challenge);
    expect(vncResponse('s3cret!x', challenge)).toEqual(response);
    expect(checkVncResponse('s3cret!x', challenge, response)).toBe(true);
    expect(checkVncResponse('s3cret!y', challenge, response)).toBe(false);
    expect(checkVncResponse('s3cret!x', challenge, response.subarray(0, 8))).toBe(false);
  });
});
