// `npm start` runs under tsx, whose CLI runs the program in a child node process: signals it
// cannot relay (SIGKILL) and memory figures must go to that child, the real server.
import { existsSync, readdirSync, readFileSync } from "node:fs";

/** Pids whose parent is `pid`: from /proc/PID/task/PID/children, or by scanning /proc/*\/stat. */
function childrenOf(pid: number): number[] {
  const listed = `/proc/${pid}/task/${pid}/children`;
  if (existsSync(listed)) return readFileSync(listed, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        // The fields after the ")" that ends the command name: state, then the parent's pid.
        const stat = readFileSync(`/proc/${name}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
      } catch {
        return false; // the process ended while we looked
      }
    })
    .map(Number);
}

/** The pid of the process running server/main.ts under the tsx CLI process `launcherPid`. */
export function serverPid(launcherPid: number): number {
  const children = childrenOf(launcherPid);
  const [pid] = children;
  if (children.length !== 1 || pid === undefined)
    throw new Error(`expected one child of the tsx launcher ${launcherPid}, found [${children.join(", ")}]`);
  return pid;
}
