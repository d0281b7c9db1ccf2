/**
 * Memory of a process and everything it starts, sampled from /proc while it runs. The kernel
 * keeps each process's own peak (VmHWM), so a sample late in a process's life still reads its
 * true peak; what sampling can miss is a process that lives shorter than one interval (e.g.
 * `docker tag`), and the instant at which the whole tree peaks together.
 */
import { readdir, readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ProcessPeak {
  pid: number;
  /** The program, from argv[0] (`node`, `docker`, `bash`): Node renames its main thread, so the kernel's name won't do. */
  name: string;
  /** Highest VmHWM read, in KiB. */
  peakKiB: number;
}

export interface TreeMemory {
  processes: ProcessPeak[];
  /** Highest sum of VmRSS over the processes alive at one sample, in KiB: the step's footprint. */
  peakTreeKiB: number;
}

export interface TreeWatch {
  /** Takes one last sample, stops, and returns what was seen. */
  stop(): Promise<TreeMemory>;
}

interface Status {
  name: string;
  ppid: number;
  rssKiB: number;
  hwmKiB: number;
}

/**
 * Watches `rootPid` and its descendants. `includeRoot: false` leaves out a wrapper process
 * (GNU time) so that only the measured command and its children count.
 */
export function watchProcessTree(
  rootPid: number,
  options: { intervalMs?: number; includeRoot?: boolean } = {},
): TreeWatch {
  const tree = new ProcessTree(rootPid, options.includeRoot ?? true);
  let running = true;
  const loop = (async () => {
    while (running) {
      await tree.sample();
      await sleep(options.intervalMs ?? 20);
    }
    await tree.sample();
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return tree.result();
    },
  };
}

class ProcessTree {
  private readonly rootPid: number;
  private readonly includeRoot: boolean;
  private readonly members = new Set<number>();
  /** Pids known not to descend from the root: read once, then skipped (the point is a cheap sample). */
  private readonly outsiders = new Set<number>();
  private readonly peaks = new Map<number, ProcessPeak>();
  private peakTreeKiB = 0;

  constructor(rootPid: number, includeRoot: boolean) {
    this.rootPid = rootPid;
    this.includeRoot = includeRoot;
    this.members.add(rootPid);
  }

  async sample(): Promise<void> {
    const alive = new Set((await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number));
    this.forgetExited(alive);
    const candidates = [...alive].filter((pid) => !this.outsiders.has(pid));
    const statuses = new Map<number, Status>();
    await Promise.all(
      candidates.map(async (pid) => {
        const status = await readStatus(pid);
        if (status) statuses.set(pid, status);
      }),
    );
    this.classify(statuses);
    const names = new Map<number, string>();
    await Promise.all(
      [...this.members].map(async (pid) => {
        const program = await readProgram(pid);
        if (program) names.set(pid, program);
      }),
    );
    this.record(statuses, names);
  }

  result(): TreeMemory {
    return { processes: [...this.peaks.values()], peakTreeKiB: this.peakTreeKiB };
  }

  /** A pid that is gone may come back as another process: it must be classified afresh. */
  private forgetExited(alive: Set<number>): void {
    for (const pid of this.outsiders) if (!alive.has(pid)) this.outsiders.delete(pid);
    for (const pid of this.members) if (!alive.has(pid) && pid !== this.rootPid) this.members.delete(pid);
  }

  /** New pids join the tree when their parent is in it; repeated so grandchildren seen first still join. */
  private classify(statuses: Map<number, Status>): void {
    const unknown = new Set([...statuses.keys()].filter((pid) => !this.members.has(pid)));
    let joined = true;
    while (joined) {
      joined = false;
      for (const pid of unknown) {
        if (this.members.has(statuses.get(pid)?.ppid ?? -1)) {
          this.members.add(pid);
          unknown.delete(pid);
          joined = true;
        }
      }
    }
    for (const pid of unknown) this.outsiders.add(pid);
  }

  private record(statuses: Map<number, Status>, names: Map<number, string>): void {
    let treeKiB = 0;
    for (const pid of this.members) {
      const status = statuses.get(pid);
      if (!status || (pid === this.rootPid && !this.includeRoot)) continue;
      treeKiB += status.rssKiB;
      const seen = this.peaks.get(pid);
      // Read each time, as a forked shell becomes `docker` when it execs; a zombie has no argv left.
      const name = names.get(pid) ?? seen?.name ?? status.name;
      this.peaks.set(pid, { pid, name, peakKiB: Math.max(seen?.peakKiB ?? 0, status.hwmKiB) });
    }
    this.peakTreeKiB = Math.max(this.peakTreeKiB, treeKiB);
  }
}

/** Undefined for a process that exited meanwhile; kernel threads read as zero memory. */
async function readStatus(pid: number): Promise<Status | undefined> {
  const text = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(text)?.[1]?.trim() ?? '';
  return {
    name: field('Name'),
    ppid: Number(field('PPid')),
    rssKiB: parseInt(field('VmRSS'), 10) || 0,
    hwmKiB: parseInt(field('VmHWM'), 10) || 0,
  };
}

/** basename(argv[0]); undefined for a process that exited meanwhile, a zombie or a kernel thread. */
async function readProgram(pid: number): Promise<string | undefined> {
  const raw = await readFile(`/proc/${pid}/cmdline`).catch(() => undefined);
  const argv0 = raw?.toString('utf8').split('\0')[0];
  return argv0 ? argv0.slice(argv0.lastIndexOf('/') + 1) : undefined;
}
