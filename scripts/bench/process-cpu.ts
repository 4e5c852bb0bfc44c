/**
 * CPU time of this process's descendants (the browser a benchmark launched: its main, renderer and storage
 * processes), from /proc on Linux. A transaction's CPU seconds vary much less with a busy machine than its wall
 * time, so before and after runs compare on a shared machine.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS = 100;

function stat(pid: string): { ppid: number; ticks: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), from the state field on.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** Seconds of CPU (user + system) the live descendants of `root` have used so far; null off Linux. */
export function descendantsCpuSeconds(root: number = process.pid): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const children = new Map<number, { pid: number; ticks: number }[]>();
  for (const pid of pids) {
    const s = stat(pid);
    if (!s) continue;
    children.set(s.ppid, [...(children.get(s.ppid) ?? []), { pid: Number(pid), ticks: s.ticks }]);
  }
  let ticks = 0;
  const todo = [...(children.get(root) ?? [])];
  for (let next = todo.pop(); next; next = todo.pop()) {
    ticks += next.ticks;
    todo.push(...(children.get(next.pid) ?? []));
  }
  return ticks / TICKS;
}
