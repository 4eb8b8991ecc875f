// Profiles for BENCHMARKS.md's "what bounds it": where the time goes while a benchmark runs.
//  - Node (this process): V8's sampling profiler through node:inspector, summarised by package;
//  - Neo4j (the local JVM): Java Flight Recorder through jcmd, summarised by thread and subsystem.
// Both are summaries of self time, the share of samples in which a frame was the one running.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";

export interface Share {
  name: string;
  percent: number;
}

export interface ProfileSummary {
  /** What was profiled, e.g. "server process, 300 lookups". */
  what: string;
  samples: number;
  shares: Share[];
}

const profiler = "(profiler)";

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** The package a script belongs to: `@scope/name` or `name` under node_modules, else a coarse bucket. */
function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "V8 and native code";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const [first, second] = url.slice(modules + "node_modules/".length).split("/");
    return first?.startsWith("@") ? `${first}/${second}` : (first ?? url);
  }
  if (url.startsWith("node:")) return "Node.js core (HTTP, streams, buffers)";
  return "tht-graph";
}

function top(counts: Map<string, number>, total: number, limit: number): Share[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, n]) => ({ name, percent: (100 * n) / Math.max(total, 1) }));
}

/** Runs `work` under V8's sampling profiler and returns self time by package (idle included). */
export async function profileNode(what: string, work: () => Promise<unknown>, limit = 8): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 200 });
    await session.post("Profiler.start");
    await work();
    const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: CpuProfile };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    // Native code and Node's own JavaScript (a socket write, JSON.stringify, a stream) count for the
    // nearest package that called them; only what no package called stays with Node.js core.
    const owner = (id: number): string => {
      const frame = byId.get(id)?.callFrame;
      if (!frame) return "?";
      // Stopping the profiler (building the profile) is sampled too; it is not the work's.
      if (frame.url === "node:inspector") return profiler;
      if (frame.url && !frame.url.startsWith("node:")) return packageOf(frame.url, frame.functionName);
      if (frame.functionName.startsWith("(")) return frame.functionName;
      const up = parent.get(id);
      const caller = up === undefined ? "(root)" : owner(up);
      if (caller !== "(root)" && caller !== "(program)") return caller;
      return frame.url ? packageOf(frame.url, frame.functionName) : "V8 and native code";
    };
    const time = new Map<string, number>();
    let total = 0;
    let counted = 0;
    profile.samples.forEach((id, i) => {
      const delta = profile.timeDeltas[i] ?? 0;
      const name = owner(id);
      if (name === profiler) return;
      counted++;
      total += delta;
      time.set(name, (time.get(name) ?? 0) + delta);
    });
    return { what, samples: counted, shares: top(time, total, limit) };
  } finally {
    session.disconnect();
  }
}

/** Neo4j's own code grouped at a readable depth, e.g. org.neo4j.kernel.impl.store. */
function subsystemOf(className: string): string {
  const parts = className.replace(/\//g, ".").split(".");
  if (parts[0] === "org" && parts[1] === "neo4j") return parts.slice(0, 5).join(".");
  return parts.slice(0, 2).join(".");
}

/**
 * Runs `work` while Java Flight Recorder samples the JVM `pid` (jcmd and jfr come with the JDK the
 * local Neo4j needs) and returns the threads' shares of samples and the busiest subsystems.
 */
export async function profileJvm(
  what: string,
  pid: number,
  dir: string,
  work: () => Promise<unknown>,
  limit = 8,
): Promise<ProfileSummary & { threads: Share[] }> {
  const file = join(dir, `profile-${pid}.jfr`);
  execFileSync("jcmd", [String(pid), "JFR.start", "name=tht-bench", "settings=profile", `filename=${file}`], {
    stdio: "ignore",
  });
  try {
    await work();
  } finally {
    execFileSync("jcmd", [String(pid), "JFR.stop", "name=tht-bench"], { stdio: "ignore" });
  }
  const json = execFileSync("jfr", ["print", "--json", "--events", "jdk.ExecutionSample", file], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  rmSync(file, { force: true });
  type Frame = { method: { type: { name: string } } };
  type Event = { values: { sampledThread: { javaName: string | null }; stackTrace: { frames: Frame[] } } };
  const events = (JSON.parse(json) as { recording: { events: Event[] } }).recording.events;
  const threads = new Map<string, number>();
  const subsystems = new Map<string, number>();
  for (const event of events) {
    const thread = (event.values.sampledThread.javaName ?? "?").replace(/-\d+$/, "");
    threads.set(thread, (threads.get(thread) ?? 0) + 1);
    // The innermost Neo4j frame says which subsystem the time is spent for.
    const frames = event.values.stackTrace.frames;
    const own = frames.find((f) => f.method.type.name.replace(/\//g, ".").startsWith("org.neo4j")) ?? frames[0];
    const name = own ? subsystemOf(own.method.type.name) : "?";
    subsystems.set(name, (subsystems.get(name) ?? 0) + 1);
  }
  return {
    what,
    samples: events.length,
    threads: top(threads, events.length, 4),
    shares: top(subsystems, events.length, limit),
  };
}
