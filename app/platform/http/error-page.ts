import { data } from 'react-router';
import { type AppError, isAppError } from '../errors';

/** The error page of a coded refusal, in its status (404 for what the viewer may not see, 403, …). */
export const errorPage = (error: AppError) => data({ code: error.code }, { status: error.status });

/** Runs a loader's domain call; an AppError becomes the error page (thrown), anything else propagates. */
export async function orErrorPage<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isAppError(error)) throw errorPage(error);
    throw error;
  }
}
