// The real HTTP app (createApp) on a free port, against the test run's Neo4j, with the seed loaded.
import type { Server } from "node:http";
import type { Driver } from "neo4j-driver";
import { readSeed } from "../../seed/read-seed.js";
import { seedLoaded, writeSeed } from "../../seed/write-seed.js";
import { createApp } from "../../server/app.js";
import { loadConfig } from "../../server/config.js";
import { buildSchema } from "../../server/schema.js";
import { freePort } from "./free-port.js";
import { testDriver, testNeo4j } from "./test-neo4j.js";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface TestApp {
  url: string;
  driver: Driver;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** Starts the app; loads the shipped seed first when the run owns the database and it is missing. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const neo = testNeo4j();
  const driver = testDriver();
  if (neo.ownsDatabase && !(await seedLoaded(driver, neo.database))) {
    await writeSeed(driver, readSeed(), { database: neo.database, reset: true });
  }
  const config = loadConfig({ NODE_ENV: "test", NEO4J_URI: neo.uri, ...env });
  const connection = { driver, uri: neo.uri, database: neo.database, local: undefined, close: async () => {} };
  const schema = await buildSchema(driver, neo.database);
  const app = await createApp({ config, connection, schema, graphLoaded: () => seedLoaded(driver, neo.database) });
  const port = await freePort();
  const server = await new Promise<Server>((resolve) => {
    const listening = app.express.listen(port, "127.0.0.1", () => resolve(listening));
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    driver,
    async gql(query, variables = {}, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.apollo.stop();
      await driver.close();
    },
  };
}
