/** The app's notion of "now", injectable so tests can move time (lockouts, expiries, schedules). */
export interface Clock {
	now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can set and advance. */
export function fixedClock(start: Date): Clock & { set(d: Date): void; advance(ms: number): void } {
	let current = new Date(start);
	return {
		now: () => new Date(current),
		set: (d) => {
			current = new Date(d);
		},
		advance: (ms) => {
			current = new Date(current.getTime() + ms);
		}
	};
}
