/** A ZStack uuid: a v4 UUID, lowercase, dashes removed (`Platform.getUuid`). */
export function newUuid(): string {
  // globalThis.crypto exists in browsers and in Node 20, so this module stays importable by the web app.
  return globalThis.crypto.randomUUID().replaceAll('-', '');
}

const zstackUuid = /^[0-9a-f]{32}$/;

/** True for 32 lowercase hex characters, the shape ZStack requires of `X-Job-UUID`. */
export function isZStackUuid(value: string): boolean {
  return zstackUuid.test(value);
}
