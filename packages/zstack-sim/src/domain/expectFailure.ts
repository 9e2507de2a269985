import { ApiError } from '../core/apiError.ts';

/** Test helper: awaits a call that must fail with an ApiError and returns it. */
export async function expectFailure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}
