import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL the store suites use. */
export const testDatabaseUrl =
  process.env.ZDASH_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A schema name of its own for one run of one suite. */
export function testSchema(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(3).toString('hex')}`;
}

/**
 * Whether PostgreSQL answers. With CI=true an unreachable PostgreSQL throws, so the suite fails
 * instead of being skipped (scripts/ciServices.sh starts it there).
 */
export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: testDatabaseUrl,
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    if (process.env.CI === 'true') {
      throw new Error(`PostgreSQL is not reachable (CI=true): ${(error as Error).message}`);
    }
    return false;
  }
}
