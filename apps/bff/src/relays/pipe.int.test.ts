import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { pipeBinary } from './pipe.ts';

/** A server on port 0 and two clients: what it accepted from each, in order. */
async function pairOfSockets() {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', maxPayload: 64 << 20 });
  await new Promise((resolve) => wss.once('listening', resolve));
  const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
  const accept = () =>
    new Promise<[WebSocket, WebSocket]>((resolve) => {
      const client = new WebSocket(url, { maxPayload: 64 << 20 });
      wss.once('connection', (server) => client.once('open', () => resolve([client, server])));
    });
  const [source, sourceServer] = await accept();
  const [sink, sinkServer] = await accept();
  return {
    source,
    sourceServer,
    sink,
    sinkServer,
    async [Symbol.asyncDispose]() {
      for (const ws of wss.clients) ws.terminate();
      source.terminate();
      sink.terminate();
      await new Promise((resolve) => wss.close(resolve));
    },
  };
}

describe('pipeBinary', () => {
  it('stops reading the sender while the receiver is backed up, and loses nothing', async () => {
    await using p = await pairOfSockets();
    const paused = new Promise<void>((resolve) => {
      const original = p.sourceServer.pause.bind(p.sourceServer);
      vi.spyOn(p.sourceServer, 'pause').mockImplementation(() => {
        original();
        resolve();
      });
    });
    const resume = vi.spyOn(p.sourceServer, 'resume');
    pipeBinary(p.sourceServer, p.sinkServer);
    // The browser stops reading: its server side queues, then the relay stops reading upstream.
    p.sink.pause();
    const frame = Buffer.alloc(1 << 20, 7);
    const total = 32;
    for (let i = 0; i < total; i++) p.source.send(frame);
    p.source.send('text frames are dropped');
    await paused;
    expect(p.sourceServer.isPaused).toBe(true);
    let received = 0;
    const all = new Promise<void>((resolve) =>
      p.sink.on('message', (data: Buffer, isBinary) => {
        expect(isBinary).toBe(true);
        received += data.length;
        if (received === total * frame.length) resolve();
      }),
    );
    p.sink.resume();
    await all;
    expect(resume).toHaveBeenCalled();
  });
});
