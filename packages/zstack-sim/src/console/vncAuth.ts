import { createCipheriv, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * VNC authentication (security type 2): the server sends 16 random bytes, the client answers
 * them DES-encrypted (ECB) with the password as key — at most 8 bytes, zero-padded, each byte's
 * bits reversed (the reference implementation's DES took key bits in the other order).
 *
 * OpenSSL 3 no longer offers single DES, but two-key triple DES with both keys equal
 * (encrypt-decrypt-encrypt with the same key) is single DES.
 *
 * @see https://github.com/rfbproto/rfbproto/blob/master/rfbproto.rst#vnc-authentication
 */
export const challengeLength = 16;

/** 16 random bytes for the client to encrypt. */
export function newChallenge(): Buffer {
  return randomBytes(challengeLength);
}

function reverseBits(byte: number): number {
  let out = 0;
  for (let bit = 0; bit < 8; bit++) out |= ((byte >> bit) & 1) << (7 - bit);
  return out;
}

/** The 8-byte DES key VNC derives from a password. */
export function vncKey(password: string): Buffer {
  const key = Buffer.alloc(8);
  Buffer.from(password, 'latin1').copy(key, 0, 0, 8);
  return Buffer.from(key.map(reverseBits));
}

/** Single-DES ECB encryption of whole 8-byte blocks with an 8-byte key. */
export function desEncrypt(key: Buffer, data: Buffer): Buffer {
  const cipher = createCipheriv('des-ede-ecb', Buffer.concat([key, key]), null);
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

/** The response a client knowing `password` sends to `challenge`. */
export function vncResponse(password: string, challenge: Buffer): Buffer {
  return desEncrypt(vncKey(password), challenge);
}

/** Whether the client's response proves it knows the password (constant-time compare). */
export function checkVncResponse(password: string, challenge: Buffer, response: Buffer): boolean {
  const expected = vncResponse(password, challenge);
  return response.length === expected.length && timingSafeEqual(response, expected);
}
