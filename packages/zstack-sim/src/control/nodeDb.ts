import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NodeHandle } from '../index.ts';

/**
 * The database each run of the node opens. A restart keeps the cloud, as a real node keeps its
 * MySQL database: a file database is simply reopened; a `:memory:` one is carried over in a
 * private temporary file (removed on close). A reset starts from nothing: a fresh `:memory:`
 * database, or the file database deleted.
 */
export interface NodeDatabase {
  /** What the next run opens. */
  readonly path: string;
  /** Closes a stopped run's store (if any), keeping its data for the next run. */
  carry(node: NodeHandle | undefined): Promise<void>;
  /** Closes a stopped run's store (if any) and discards its data. */
  discard(node: NodeHandle | undefined): Promise<void>;
  /** Removes the temporary file, if any. */
  cleanUp(): void;
}

const inMemory = (path: string) => path === ':memory:' || path === '';

/** The databases of the runs of a node started on `origin` (a file or `:memory:`). */
export function createNodeDatabase(origin: string): NodeDatabase {
  let path = origin;
  let tempDir: string | undefined;
  let runs = 0;
  const cleanUp = () => {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    tempDir = undefined;
  };
  return {
    get path() {
      return path;
    },
    async carry(node) {
      if (!node) return;
      if (!inMemory(path)) {
        await node.close();
        return;
      }
      const image = node.sim.store.db.serialize();
      await node.close();
      tempDir ??= mkdtempSync(join(tmpdir(), 'zstack-sim-'));
      path = join(tempDir, `node-${++runs}.db`);
      writeFileSync(path, image, { mode: 0o600 });
    },
    async discard(node) {
      await node?.close();
      cleanUp();
      path = origin;
      if (inMemory(origin)) return;
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${origin}${suffix}`, { force: true });
    },
    cleanUp,
  };
}
