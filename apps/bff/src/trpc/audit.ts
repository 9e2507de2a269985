import { TRPCError } from '@trpc/server';
import { ZStackError } from '@zdash/zstack-client';
import type { Resolved } from '../auth/sessionManager.ts';
import { redactValue } from '../logging/redact.ts';
import { middleware } from './init.ts';

function actorOf(
  auth: Resolved | undefined,
  input: unknown,
): { actor: string; accountUuid: string | null } {
  // Sign-in and re-authentication name who is trying, whatever session the browser had before.
  const named = typeof (input as { accountName?: unknown } | undefined)?.accountName === 'string';
  if (!named && auth && auth.status !== 'none') {
    const s = auth.session;
    return {
      actor: s.userName ? `${s.accountName}/${s.userName}` : s.accountName,
      accountUuid: s.accountUuid,
    };
  }
  const i = (input ?? {}) as { accountName?: unknown; userName?: unknown };
  const account = typeof i.accountName === 'string' ? i.accountName.slice(0, 255) : 'anonymous';
  const user = typeof i.userName === 'string' ? `/${i.userName.slice(0, 255)}` : '';
  return { actor: `${account}${user}`, accountUuid: null };
}

function targetOf(input: unknown): string | null {
  const i = (input ?? {}) as { uuid?: unknown; target?: unknown };
  const value = i.uuid ?? i.target;
  return typeof value === 'string' ? value.slice(0, 255) : null;
}

/**
 * Audits every mutation: who, which procedure and API, the target, the input with secrets removed,
 * the result (with the ZStack code of a failure) and the duration. A failing audit write is
 * logged, never turned into the caller's failure.
 */
export const auditMiddleware = middleware(async ({ ctx, type, path, meta, getRawInput, next }) => {
  if (type !== 'mutation' || meta?.audit === false) return next();
  const started = performance.now();
  const input = await getRawInput().catch(() => undefined);
  // runJob() records the job it started here, so the audit row can point to it.
  const jobLink: { id: string | null } = { id: null };
  const result = await next({ ctx: { jobLink } });
  const auth = (ctx as { auth?: Resolved }).auth;
  const error = result.ok ? undefined : result.error;
  const cause = error?.cause;
  try {
    const auditId = await ctx.services.audit.append({
      at: new Date(ctx.services.now()),
      ...actorOf(auth, input),
      procedure: path,
      api: meta?.api ?? null,
      target: targetOf(input),
      params: redactValue(input ?? null),
      result: error ? 'failure' : 'success',
      errorCode:
        cause instanceof ZStackError ? cause.code : error instanceof TRPCError ? error.code : null,
      errorMessage: error
        ? (cause instanceof ZStackError ? cause.message : error.message).slice(0, 1000)
        : null,
      durationMs: performance.now() - started,
    });
    if (jobLink.id) await ctx.services.jobs.repo.linkAudit(auditId, jobLink.id);
  } catch (auditError) {
    ctx.services.log.error({ err: auditError, procedure: path }, 'audit write failed');
  }
  return result;
});
