// `npm start`'s program as a child process on a free port, serving the shipped seed: the seed is
// loaded first when another graph (or none) is in the test database.
import { seedChecksum } from "../../seed/plan/seed-checksum.js";
import { readSeed } from "../../seed/read-seed.js";
import { writeSeed } from "../../seed/write/write-seed.js";
import { freePort } from "./free-port.js";
import { type ServerProcess, startServerProcess, waitForStatus } from "./server-process.js";
import { testDriver, testNeo4j } from "./test-neo4j.js";

export async function ensureShippedSeed(): Promise<void> {
  const neo = testNeo4j();
  const driver = testDriver();
  try {
    const graph = readSeed();
    const { records } = await driver.executeQuery(
      "OPTIONAL MATCH (m:SeedState {id: 'seed'}) RETURN m.checksum AS checksum",
      {},
      { database: neo.database },
    );
    if (records[0]?.get("checksum") !== seedChecksum(graph))
      await writeSeed(driver, graph, { database: neo.database, reset: true });
  } finally {
    await driver.close();
  }
}

export async function startSeededServer(
  env: Record<string, string> = {},
): Promise<{ server: ServerProcess; url: string }> {
  await ensureShippedSeed();
  const neo = testNeo4j();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = startServerProcess({
    NEO4J_URI: neo.uri,
    NEO4J_USER: neo.user,
    NEO4J_PASSWORD: neo.password,
    NEO4J_DATABASE: neo.database,
    PORT: String(port),
    ...env,
  });
  await waitForStatus(`${url}/readyz`, 200);
  return { server, url };
}
