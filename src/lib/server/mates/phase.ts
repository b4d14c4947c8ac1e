/** Where a cohort stands today, derived from its dates (never stored, so it is never stale). */
export type CohortPhase = 'upcoming' | 'accepting' | 'reviewing' | 'inTerm' | 'ended';

export function cohortPhase(
	c: { applicationsOpen: Date; applicationsClose: Date; termStart: string; termEnd: string },
	now: Date
): CohortPhase {
	if (now < c.applicationsOpen) return 'upcoming';
	if (now < c.applicationsClose) return 'accepting';
	if (now < new Date(`${c.termStart}T00:00:00+09:00`)) return 'reviewing';
	if (now <= new Date(`${c.termEnd}T23:59:59+09:00`)) return 'inTerm';
	return 'ended';
}
