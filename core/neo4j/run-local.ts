// `npm run neo4j`: only the local Neo4j, in the foreground, until Ctrl-C.
import { loadConfig } from "../config.js";
import { reportFatal } from "../errors/report-fatal.js";
import { startLocalNeo4j } from "./start-local-neo4j.js";

const local = await startLocalNeo4j(loadConfig().localNeo4j, { password: loadConfig().neo4j.password }).catch(
  (error: unknown) => reportFatal({ program: "neo4j", failed: "could not start the local Neo4j" }, error),
);
const stop = () => void local.stop().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
