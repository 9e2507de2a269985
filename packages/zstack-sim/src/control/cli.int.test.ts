import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';

const cli = new URL('../cli.ts', import.meta.url).pathname;
let child: ChildProcess | undefined;
afterEach(() => {
  if (child?.exitCode === null && child.pid) process.kill(child.pid, 'SIGKILL');
  child = undefined;
});

function firstLine(args: string[]): Promise<Record<string, unknown>> {
  const proc = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  child = proc;
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: proc.stdout as NodeJS.ReadableStream });
    lines.once('line', (line) => {
      lines.close();
      resolve(JSON.parse(line) as Record<string, unknown>);
    });
    proc.once('exit', () => reject(new Error('exited before listening')));
  });
}

describe('the CLI with --control', () => {
  it('prints the control URL and token, and the control API answers only with the token', async () => {
    const line = await firstLine([
      '--port',
      '0',
      '--db',
      ':memory:',
      '--control',
      '--console-port',
      '0',
    ]);
    expect(line).toMatchObject({
      event: 'listening',
      controlUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/sim\/v1$/),
      controlToken: expect.stringMatching(/^[\w-]{43}$/),
    });
    const state = `${line.controlUrl}/state`;
    expect((await fetch(state)).status).toBe(401);
    const answer = await fetch(state, {
      headers: { Authorization: `Bearer ${line.controlToken}` },
    });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ phase: 'up', url: line.url });
  });

  it('prints no control URL without --control', async () => {
    const line = await firstLine(['--port', '0', '--db', ':memory:', '--console-port', '0']);
    expect(line.controlUrl).toBeUndefined();
    expect(line.controlToken).toBeUndefined();
  });
});
