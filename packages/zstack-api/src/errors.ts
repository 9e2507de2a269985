/**
 * ZStack error codes in use, with the descriptions of `conf/errorCodes/*.xml`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/errorcode/SysErrors.java
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/IdentityErrors.java
 */
export const errorCodes = {
  'SYS.1000': 'An internal error happened in system',
  'SYS.1001': 'A timeout happened',
  'SYS.1002': 'Failed to create resource',
  'SYS.1003': 'Unable to find resource',
  'SYS.1004': 'Failed to delete resource',
  'SYS.1005': 'Failed to change resource state',
  'SYS.1006': 'An operation failed',
  'SYS.1007': 'One or more API argument is invalid',
  'SYS.1008': 'No service found for the message',
  'SYS.1009': 'No route to destination service',
  'SYS.1010': 'Resource is not ready',
  'SYS.1011': 'Undeliverable message',
  'SYS.1012': 'Management node is unavailable',
  'SYS.1013': 'No capability',
  'SYS.1014': 'Unimplemented operation',
  'SYS.1015': 'HTTP error',
  'SYS.1016': 'IO error',
  'SYS.1017': 'The operation was cancelled',
  'ID.1000': 'Authentication failed',
  'ID.1001': 'Session expired',
  'ID.1002': 'Permission denied',
  'ID.1003': 'Quota exceeding',
  'ID.1004': 'Invalid quota operation',
  'ID.1005': 'Password needs to be changed',
  'ID.1006': 'Login sessions hit limit of max allowed concurrent login sessions',
  'HOST.1000': 'Host operation failed',
  'VM.1000': 'VM operation failed',
} as const;

export type ErrorCodeName = keyof typeof errorCodes;

/** The `ErrorCode` object of `{"error": …}` replies. Only code, description and details are reliable. */
export interface ZStackErrorCode {
  code: string;
  description?: string;
  details?: string;
  elaboration?: string;
  location?: string;
  cost?: string;
  cause?: ZStackErrorCode;
  /** `ErrorCodeList` subclass. */
  causes?: ZStackErrorCode[];
  opaque?: Record<string, unknown>;
}
