/** What a failed form action sent back: per-field messages and what the person typed. */
export interface FailedForm {
	fields?: Record<string, string>;
	values?: Record<string, string | string[]>;
}

/**
 * The name, typed value and error of each field after a failed submit, so a form refills itself
 * the same way everywhere: `<TextField {...field('city')} label=… />`.
 */
export function fieldProps(failure: FailedForm | null | undefined) {
	return (name: string) => {
		const value = failure?.values?.[name];
		return { name, value: (Array.isArray(value) ? value[0] : value) ?? '', error: failure?.fields?.[name] };
	};
}

/** The values a failed submit sent for a repeated field (a checkbox group), or the defaults. */
export function chosenValues(
	failure: FailedForm | null | undefined,
	name: string,
	defaults: string[] = []
): string[] {
	const value = failure?.values?.[name];
	if (value === undefined) return defaults;
	return Array.isArray(value) ? value : value ? [value] : [];
}
