import { type ApiSpec, findApi } from '@zdash/zstack-api';
import type { Db } from '../db/database.ts';

/**
 * APIs whose ZStack default is 3 h (`ApiTimeoutGlobalProperty` on 1.x, `@DefaultTimeout` later).
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/timeout/ApiTimeoutManagerImpl.java
 */
export const longApis: readonly string[] = [
  'AddImage',
  'CreateRootVolumeTemplateFromRootVolume',
  'CreateDataVolumeTemplateFromVolume',
  'CreateDataVolumeFromVolumeSnapshot',
  'LocalStorageMigrateVolume',
  'CreateRootVolumeTemplateFromVolumeSnapshot',
  'CreateVolumeSnapshot',
];

/**
 * The message classes of {@link longApis} (`ApiTimeoutGlobalProperty`), for zstack.properties
 * lines: not every one of them is in the catalogue.
 */
export const longApiFqns: Readonly<Record<string, string>> = {
  AddImage: 'org.zstack.header.image.APIAddImageMsg',
  CreateRootVolumeTemplateFromRootVolume:
    'org.zstack.header.image.APICreateRootVolumeTemplateFromRootVolumeMsg',
  CreateDataVolumeTemplateFromVolume:
    'org.zstack.header.image.APICreateDataVolumeTemplateFromVolumeMsg',
  CreateDataVolumeFromVolumeSnapshot:
    'org.zstack.header.volume.APICreateDataVolumeFromVolumeSnapshotMsg',
  LocalStorageMigrateVolume: 'org.zstack.storage.primary.local.APILocalStorageMigrateVolumeMsg',
  CreateRootVolumeTemplateFromVolumeSnapshot:
    'org.zstack.header.image.APICreateRootVolumeTemplateFromVolumeSnapshotMsg',
  CreateVolumeSnapshot: 'org.zstack.header.volume.APICreateVolumeSnapshotMsg',
};

const minute = 60_000;
/** ZStack's defaults: 3 h for the long APIs, 30 min for other async APIs, 5 min for sync calls. */
export const zstackDefaults = { longMs: 180 * minute, asyncMs: 30 * minute, syncMs: 5 * minute };
/** `api.timeout.minimal`: the node refuses anything shorter. */
export const minimalTimeoutMs = 5 * minute;

/** ZStack's own default timeout of an API, ms. */
export function zstackDefaultMs(api: Pick<ApiSpec, 'name' | 'async'>): number {
  if (!api.async) return zstackDefaults.syncMs;
  return longApis.includes(api.name) ? zstackDefaults.longMs : zstackDefaults.asyncMs;
}

/** Parses ZStack's duration syntax: plain ms, or a number with s/m/h/d. Null when malformed. */
export function parseDuration(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhdSMHD]?)\s*$/.exec(text);
  if (!m) return null;
  const unit = { '': 1, s: 1000, m: minute, h: 60 * minute, d: 24 * 60 * minute }[
    (m[2] ?? '').toLowerCase() as '' | 's' | 'm' | 'h' | 'd'
  ];
  return Math.round(Number(m[1]) * unit);
}

/** The shortest readable form of a duration (`3h`, `30m`, `90s`, or ms). */
export function formatDuration(ms: number): string {
  for (const [unit, size] of [
    ['d', 24 * 60 * minute],
    ['h', 60 * minute],
    ['m', minute],
    ['s', 1000],
  ] as const) {
    if (ms % size === 0) return `${ms / size}${unit}`;
  }
  return String(ms);
}

/** One admin override. */
export interface ApiTimeoutOverride {
  api: string;
  timeoutMs: number;
  updatedBy: string;
  updatedAt: Date;
}

/**
 * The BFF's API timeout policy: ZStack's defaults, plus admins' overrides per API (stored in the
 * BFF store). Only an overridden API gets `X-API-Timeout` (the client sends it to nodes ≥ 3.2
 * only), so otherwise the node's own apiTimeout configs apply.
 */
export function apiTimeoutPolicy(db: Db) {
  return {
    async overrides(): Promise<ApiTimeoutOverride[]> {
      const rows = await db
        .selectFrom('api_timeout_overrides')
        .selectAll()
        .orderBy('api')
        .execute();
      return rows.map((r) => ({
        api: r.api,
        timeoutMs: Number(r.timeout_ms),
        updatedBy: r.updated_by,
        updatedAt: new Date(Number(r.updated_at)),
      }));
    },
    async override(api: string): Promise<number | null> {
      const row = await db
        .selectFrom('api_timeout_overrides')
        .select('timeout_ms')
        .where('api', '=', api)
        .executeTakeFirst();
      return row ? Number(row.timeout_ms) : null;
    },
    async set(api: string, timeoutMs: number, by: string, now: number): Promise<void> {
      const values = { api, timeout_ms: timeoutMs, updated_by: by, updated_at: now };
      await db
        .insertInto('api_timeout_overrides')
        .values(values)
        .onConflict((oc) =>
          oc.column('api').doUpdateSet({ timeout_ms: timeoutMs, updated_by: by, updated_at: now }),
        )
        .execute();
    },
    async clear(api: string): Promise<boolean> {
      const r = await db
        .deleteFrom('api_timeout_overrides')
        .where('api', '=', api)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    /**
     * What a job of `api` is sent with and how long the BFF waits: the override (sent as
     * X-API-Timeout) or ZStack's default (nothing sent).
     */
    async forJob(apiName: string): Promise<{ apiTimeoutSec?: number; timeoutMs: number }> {
      const overridden = await this.override(apiName);
      if (overridden !== null) {
        return { apiTimeoutSec: Math.ceil(overridden / 1000), timeoutMs: overridden };
      }
      const api = findApi(apiName);
      return { timeoutMs: api ? zstackDefaultMs(api) : zstackDefaults.asyncMs };
    },
  };
}

/** The policy's type. */
export type ApiTimeoutPolicy = ReturnType<typeof apiTimeoutPolicy>;
