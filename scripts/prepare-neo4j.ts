// `npm install` runs this: it builds the local Neo4j (neo4j/, a Maven project) unless the build
// is already up to date. Without Java 17+ or Maven it explains what to install and succeeds, since
// NEO4J_URI or docker-compose.yml make the local Neo4j unnecessary.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { javaMajor } from "../core/neo4j/java-version.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const project = join(root, "neo4j");
const target = join(project, "target");
const stampFile = join(target, "tht-build.sha256");

function say(message: string): void {
  console.log(`tht-graph: ${message}`);
}

function sourcesHash() {
  const hash = createHash("sha256");
  const walk = (path: string): void => {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) walk(join(path, entry));
    } else {
      hash.update(path.slice(project.length)).update(readFileSync(path));
    }
  };
  walk(join(project, "pom.xml"));
  walk(join(project, "src"));
  return hash.digest("hex");
}

const help =
  "Install Java 17+ and Maven (Debian: apt-get install openjdk-17-jdk-headless maven) and run npm install again, " +
  "or set NEO4J_URI to a Neo4j 5.26 with APOC, or use docker-compose.yml.";

const java = spawnSync("java", ["-version"], { encoding: "utf8" });
if (java.error) {
  say(`Java was not found, so the local Neo4j was not built. ${help}`);
  process.exit(0);
}
const major = javaMajor(`${java.stderr}${java.stdout}`);
if (major === undefined || major < 17) {
  say(`Java ${major ?? "(unknown version)"} is too old: the local Neo4j 5.26 needs Java 17 or later. ${help}`);
  process.exit(0);
}
if (spawnSync("mvn", ["-v"], { encoding: "utf8" }).error) {
  say(`Maven was not found, so the local Neo4j was not built. ${help}`);
  process.exit(0);
}

const stamp = sourcesHash();
const built = ["classes", "lib", "plugins"].every((dir) => existsSync(join(target, dir)));
if (built && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) {
  say("local Neo4j is up to date (neo4j/target)");
  process.exit(0);
}

say("building the local Neo4j 5.26 with APOC core (Maven; the first run downloads about 120 MB)");
const started = Date.now();
const mvn = spawnSync("mvn", ["-B", "-q", "-f", join(project, "pom.xml"), "package"], { stdio: "inherit" });
if (mvn.status !== 0) {
  say(`Maven failed (exit ${mvn.status}); see its output above. ${help}`);
  process.exit(1);
}
writeFileSync(stampFile, stamp);
say(`local Neo4j built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
