import { TRPCError } from '@trpc/server';
import { ZStackError } from '@zdash/zstack-client';

type Code = TRPCError['code'];

// ZStack codes with their own tRPC code; every other node code is BAD_GATEWAY (house-style §5).
const byZStackCode: Record<string, Code> = {
  'ID.1000': 'UNAUTHORIZED',
  'ID.1001': 'UNAUTHORIZED',
  'ID.1002': 'FORBIDDEN',
  'SYS.1003': 'NOT_FOUND',
  'SYS.1007': 'BAD_REQUEST',
  'SYS.1012': 'SERVICE_UNAVAILABLE',
  'SYS.1001': 'TIMEOUT',
  // The client's own codes: a deadline, an unreachable node, a request it refused to build.
  'ZDASH.CONNECTION': 'SERVICE_UNAVAILABLE',
  'ZDASH.TIMEOUT': 'TIMEOUT',
  'ZDASH.ABORTED': 'CLIENT_CLOSED_REQUEST',
  'ZDASH.UNSUPPORTED': 'NOT_IMPLEMENTED',
  'ZDASH.NO_SESSION': 'UNAUTHORIZED',
  'ZDASH.INVALID_ARGUMENT': 'BAD_REQUEST',
};

const wording: Partial<Record<Code, string>> = {
  UNAUTHORIZED: 'Your ZStack session has ended. Enter your password again to continue.',
  FORBIDDEN: 'Your account is not allowed to do this.',
  SERVICE_UNAVAILABLE: 'The ZStack management node is unavailable. Try again in a moment.',
  TIMEOUT: 'The ZStack management node did not answer in time. The operation may still finish.',
  CLIENT_CLOSED_REQUEST: 'The request was cancelled.',
  NOT_IMPLEMENTED: 'This ZStack version does not support this operation.',
};

/** The tRPC code a ZStack (or client) error code maps to; by code, never by HTTP status. */
export function trpcCodeOf(error: ZStackError): Code {
  return byZStackCode[error.code] ?? 'BAD_GATEWAY';
}

/**
 * Converts a ZStackError into a TRPCError with a person-readable message, keeping the ZStackError
 * as `cause` (the error formatter reads `zstackCode` from it). Anything else is zdash's own bug:
 * INTERNAL_SERVER_ERROR.
 */
export function toTRPCError(error: unknown): TRPCError {
  if (error instanceof TRPCError) {
    if (error.cause instanceof ZStackError && error.code === 'INTERNAL_SERVER_ERROR') {
      return toTRPCError(error.cause);
    }
    return error;
  }
  if (error instanceof ZStackError) {
    const code = trpcCodeOf(error);
    const text =
      error.details && error.details !== error.description ? error.details : error.description;
    const message =
      wording[code] ??
      (code === 'BAD_GATEWAY'
        ? `ZStack answered ${error.code}: ${text}`
        : text || error.description);
    return new TRPCError({ code, message, cause: error });
  }
  return new TRPCError({
    code: 'INTERNAL_SERVER_ERROR',
    message: 'Internal error',
    cause: error instanceof Error ? error : undefined,
  });
}
