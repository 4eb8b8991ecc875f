// startApp (start-app.ts) with the shipped seed loaded, and GraphQL answers as { status, data, errors }.
import type { Driver } from "neo4j-driver";
import { readSeed } from "../../seed/read-seed.js";
import { seedLoaded } from "../../seed/write/seed-loaded.js";
import { writeSeed } from "../../seed/write/write-seed.js";
import type { WarmUpStep } from "../../server/page/warm-up.js";
import { startApp } from "./start-app.js";
import { testDriver, testNeo4j } from "./test-neo4j.js";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestApp {
  url: string;
  driver: Driver;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** What the warm-up asked, when started with `{ warmUp: true }`; [] otherwise. */
  warmedUp: Promise<WarmUpStep[]>;
  close(): Promise<void>;
}

/** Starts the app; loads the shipped seed first when the run owns the database and it is missing. */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { warmUp?: boolean } = {},
): Promise<TestApp> {
  const neo = testNeo4j();
  const seeding = testDriver();
  try {
    if (neo.ownsDatabase && !(await seedLoaded(seeding, neo.database))) {
      await writeSeed(seeding, readSeed(), { database: neo.database, reset: true });
    }
  } finally {
    await seeding.close();
  }
  const app = await startApp(env, options);
  return {
    url: app.url,
    driver: app.driver,
    async gql<T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
      const answer = await app.gql(query, variables, headers);
      return { status: answer.status, ...(answer.json as { data?: T; errors?: GraphQLResponse["errors"] }) };
    },
    warmedUp: app.warmedUp,
    close: () => app.close(),
  };
}
