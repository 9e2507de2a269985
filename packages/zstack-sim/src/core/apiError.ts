import { errorCodes, type ZStackErrorCode } from '@zdash/zstack-api';

/**
 * A failure the simulated node reports as `503 {"error": …}` (or a failed job).
 * Handlers throw it with ZStack's own code and a detail a person can read.
 */
export class ApiError extends Error {
  readonly code: string;
  readonly details: string;
  readonly description: string;
  readonly causeCode?: ZStackErrorCode;

  constructor(code: string, details: string, cause?: ZStackErrorCode) {
    super(`${code}: ${details}`);
    this.code = code;
    this.details = details;
    this.description = (errorCodes as Record<string, string>)[code] ?? 'An operation failed';
    this.causeCode = cause;
  }

  toErrorCode(): ZStackErrorCode {
    const out: ZStackErrorCode = {
      code: this.code,
      description: this.description,
      details: this.details,
    };
    if (this.causeCode) out.cause = this.causeCode;
    return out;
  }
}

/** SYS.1007, the interceptors' answer to a bad argument. */
export function invalidArgument(details: string): ApiError {
  return new ApiError('SYS.1007', details);
}

/** SYS.1003: the resource does not exist (or is not visible to the caller). */
export function notFound(kind: string, uuid: string): ApiError {
  return new ApiError('SYS.1003', `cannot find ${kind}[uuid:${uuid}]`);
}

/** SYS.1006: the operation cannot be done in the current state. */
export function operationError(details: string): ApiError {
  return new ApiError('SYS.1006', details);
}
