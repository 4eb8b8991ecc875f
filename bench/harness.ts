// Measurement helpers: warm-up, repeated runs, medians, p95 and p99, and HTTP load with autocannon.
import { Agent, request } from "node:http";
import autocannon from "autocannon";

export interface Stats {
  runs: number;
  median: number;
  p95: number;
  p99: number;
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
    p99: at(0.99),
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
  if (warmupSeconds > 0) await autocannon({ ...options, duration: warmupSeconds });
  const result = await autocannon({ ...options, duration: seconds });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });

/**
 * POSTs JSON over one kept-alive connection and resolves with the body. node:http rather than
 * fetch: the client runs in the benchmark's process, and fetch (undici) costs about 0.5 ms of that
 * process's time per request, against 0.05 ms here, which the floor never pays. `agent`: another
 * client's own connection (the default one is shared, so concurrent callers would queue on it).
 */
export function postJson(
  url: string,
  body: string,
  { agent = keepAlive, headers = {} }: { agent?: Agent; headers?: Record<string, string> } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "POST",
        agent,
        headers: { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          res.statusCode === 200
            ? resolve(Buffer.concat(chunks).toString("utf8"))
            : reject(new Error(`HTTP ${res.statusCode}: ${Buffer.concat(chunks).toString("utf8").slice(0, 200)}`)),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}
