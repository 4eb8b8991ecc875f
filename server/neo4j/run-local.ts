// `npm run neo4j`: only the local Neo4j, in the foreground, until Ctrl-C.
import { loadConfig } from "../config.js";
import { startLocalNeo4j } from "./start-local-neo4j.js";

const config = loadConfig();
const local = await startLocalNeo4j(config.localNeo4j, { password: config.neo4j.password }).catch((error: unknown) => {
  process.stderr.write(`tht-graph: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
const stop = () => void local.stop().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
