import { AppError } from '../../src/lib/server/core/errors.ts';

/** Awaits work that must fail with an AppError and returns it, so a test can check its code and fields. */
export async function failure(work: Promise<unknown>): Promise<AppError> {
	const err = await work.then(
		() => null,
		(e: unknown) => e
	);
	if (!(err instanceof AppError))
		throw new Error(`Expected an AppError, got ${err === null ? 'success' : String(err)}`);
	return err;
}
