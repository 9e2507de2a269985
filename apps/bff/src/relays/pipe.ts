import { WebSocket } from 'ws';

/** Above this many unsent bytes on the receiving side the sender is paused. */
const highWaterBytes = 4 << 20;
/** …and resumed once the backlog is below this. */
const lowWaterBytes = 1 << 20;

/**
 * Forwards binary frames `from` → `to` with backpressure: while `to` has more than 4 MiB queued,
 * `from` stops reading (TCP then slows its sender), and reads again once `to` drained below 1 MiB.
 * Text frames are dropped: websockify and noVNC speak binary only.
 */
export function pipeBinary(from: WebSocket, to: WebSocket, onData?: (data: Buffer) => void): void {
  from.on('message', (data, isBinary) => {
    if (!isBinary || to.readyState !== WebSocket.OPEN) return;
    onData?.(data as Buffer);
    to.send(data, { binary: true }, () => {
      if (from.isPaused && to.bufferedAmount < lowWaterBytes) from.resume();
    });
    if (to.bufferedAmount > highWaterBytes) from.pause();
  });
}
