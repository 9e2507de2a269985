import { randomUUID } from 'node:crypto';
import type { Db } from './database.ts';

/** One audited mutation, as stored and listed. */
export interface AuditEntry {
  id: string;
  at: Date;
  accountUuid: string | null;
  actor: string;
  procedure: string;
  api: string | null;
  target: string | null;
  params: unknown;
  result: 'success' | 'failure';
  errorCode: string | null;
  errorMessage: string | null;
  durationMs: number;
}

/** Filters of {@link AuditLogRepo.list}. */
export interface AuditFilter {
  accountUuid?: string;
  actor?: string;
  procedure?: string;
  result?: 'success' | 'failure';
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

/** The audit log: append-only, newest first. */
export function auditLogRepo(db: Db) {
  function filtered(f: Omit<AuditFilter, 'limit' | 'offset'>) {
    let q = db.selectFrom('audit_log');
    if (f.accountUuid) q = q.where('account_uuid', '=', f.accountUuid);
    if (f.actor) q = q.where('actor', '=', f.actor);
    if (f.procedure) q = q.where('procedure', '=', f.procedure);
    if (f.result) q = q.where('result', '=', f.result);
    if (f.from) q = q.where('at', '>=', f.from.getTime());
    if (f.to) q = q.where('at', '<=', f.to.getTime());
    return q;
  }
  return {
    async append(entry: Omit<AuditEntry, 'id'>): Promise<string> {
      const id = randomUUID();
      await db
        .insertInto('audit_log')
        .values({
          id,
          at: entry.at.getTime(),
          account_uuid: entry.accountUuid,
          actor: entry.actor,
          procedure: entry.procedure,
          api: entry.api,
          target: entry.target,
          params: JSON.stringify(entry.params ?? null),
          result: entry.result,
          error_code: entry.errorCode,
          error_message: entry.errorMessage,
          duration_ms: Math.round(entry.durationMs),
        })
        .execute();
      return id;
    },
    async list(f: AuditFilter): Promise<{ items: AuditEntry[]; total: number }> {
      const [rows, count] = await Promise.all([
        filtered(f)
          .selectAll()
          .orderBy('at', 'desc')
          .orderBy('id', 'desc')
          .limit(f.limit)
          .offset(f.offset)
          .execute(),
        filtered(f)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      const items = rows.map((r) => ({
        id: r.id,
        at: new Date(Number(r.at)),
        accountUuid: r.account_uuid,
        actor: r.actor,
        procedure: r.procedure,
        api: r.api,
        target: r.target,
        params: JSON.parse(r.params) as unknown,
        result: r.result,
        errorCode: r.error_code,
        errorMessage: r.error_message,
        durationMs: r.duration_ms,
      }));
      return { items, total: Number(count.n) };
    },
  };
}

/** The repository's type. */
export type AuditLogRepo = ReturnType<typeof auditLogRepo>;
