// The batching engine of the write stage: records to write with one statement each, sent in
// batches of a given size, a given number at a time.
export type Run = (query: string, rows: unknown[]) => Promise<{ get(key: string): unknown }[]>;

/** Records to write with one statement; each batch's rows are built from them only when it is sent. */
export type Job = {
  query: string;
  items: unknown[];
  toRow: (item: never) => unknown;
  onRecord?: (record: { get(key: string): unknown }) => void;
};

/**
 * Writes the jobs' records in batches of `size`, `parallel` batches at a time. Neo4j builds each
 * transaction on one thread, so two in flight use both cores of a small machine, and Node builds
 * the next batch's rows while Neo4j writes. Batches are independent within a phase (no two create
 * the same node or read each other's writes).
 */
export async function runBatches(jobs: Job[], size: number, parallel: number, run: Run, step: (n: number) => void) {
  const batches = jobs.flatMap((job) =>
    Array.from({ length: Math.ceil(job.items.length / size) }, (_, i) => ({ job, from: i * size })),
  );
  let next = 0;
  const worker = async () => {
    for (let batch = batches[next++]; batch; batch = batches[next++]) {
      const { job, from } = batch;
      const rows = job.items.slice(from, from + size).map((item) => job.toRow(item as never));
      const records = await run(job.query, rows);
      if (job.onRecord) for (const record of records) job.onRecord(record);
      step(rows.length);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}
