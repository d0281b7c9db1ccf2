/**
 * Where one region's prune writes its progress. A run with one region folds each phase into a log
 * group, as before; several regions run at once, so their groups would interleave: every line then
 * names its region instead, and a phase is one line.
 */
import * as core from '@actions/core';

export interface PruneLog {
  info(line: string): void;
  warning(line: string): void;
  /** A phase of the run: its name, then what `work` logs. */
  group<T>(name: string, work: () => Promise<T>): Promise<T>;
}

export const plainLog: PruneLog = {
  info: (line) => core.info(line),
  warning: (line) => core.warning(line),
  group: (name, work) => core.group(name, work),
};

/** `[sa-vinhedo-1] <line>`: one region among several running at once. */
export function regionLog(regionId: string): PruneLog {
  const named = (line: string) => `[${regionId}] ${line}`;
  return {
    info: (line) => core.info(named(line)),
    warning: (line) => core.warning(named(line)),
    group: (name, work) => {
      core.info(named(name));
      return work();
    },
  };
}
