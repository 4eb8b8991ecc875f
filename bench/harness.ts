// Measurement helpers: warm-up, repeated runs, medians and p95, and HTTP load with autocannon.
import autocannon from "autocannon";

export interface Stats {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return {
    runs: sorted.length,
    median: at(0.5),
    p95: at(0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, returning milliseconds per run. */
export async function measure(fn: () => Promise<unknown>, { warmup = 20, runs = 200 } = {}): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return stats(samples);
}

/** The same for synchronous work measured in microseconds-scale units (still reported in ms). */
export function measureSync(fn: () => unknown, { warmup = 50, runs = 500 } = {}): Stats {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return stats(samples);
}

export interface Throughput {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** HTTP load on loopback for `seconds`, after a short warm-up; bounded in time. */
export async function load(
  url: string,
  body: string,
  { connections = 10, seconds = 10, warmupSeconds = 2 } = {},
): Promise<Throughput> {
  const options = { url, method: "POST" as const, body, headers: { "content-type": "application/json" }, connections };
  await autocannon({ ...options, duration: warmupSeconds });
  const result = await autocannon({ ...options, duration: seconds });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
