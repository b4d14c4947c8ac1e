// The part of autocannon's API the benchmarks use (the package ships no types; only one dev
// dependency was added for benchmarks, so no @types package).
declare module 'autocannon' {
	interface Stats {
		average: number;
		p50: number;
		p99: number;
		max: number;
		total: number;
	}
	interface Result {
		requests: Stats;
		latency: Stats;
		non2xx: number;
		errors: number;
		timeouts: number;
	}
	interface Options {
		url: string;
		connections?: number;
		duration?: number;
		pipelining?: number;
	}
	export default function autocannon(options: Options): Promise<Result>;
}
