/** Injected faults, used up in injection order by the requests they match. */
import type { Fault } from './types.js';

interface ArmedFault {
  fault: Fault;
  remaining: number;
}

export class FaultQueue {
  private readonly armed: ArmedFault[] = [];

  add(fault: Fault): void {
    const times = fault.times ?? 1;
    if (!Number.isInteger(times) || times < 1)
      throw new Error(`Fault.times must be a positive integer, got ${times}`);
    this.armed.push({ fault, remaining: times });
  }

  /**
   * The first fault that matches this request (to `region`, path without its region prefix), counted
   * as used once; undefined when none matches.
   */
  take(method: string, path: string, query: URLSearchParams, region?: string): Fault | undefined {
    const index = this.armed.findIndex(({ fault }) => matches(fault, method, path, query, region));
    const entry = this.armed[index];
    if (entry === undefined) return undefined;
    entry.remaining -= 1;
    if (entry.remaining === 0) this.armed.splice(index, 1);
    return entry.fault;
  }

  pending(): number {
    return this.armed.length;
  }
}

function matches(
  fault: Fault,
  method: string,
  path: string,
  query: URLSearchParams,
  region: string | undefined,
): boolean {
  if (fault.region !== undefined && fault.region !== region) return false;
  if (fault.method !== undefined && fault.method.toUpperCase() !== method.toUpperCase()) return false;
  if (Object.entries(fault.query ?? {}).some(([name, value]) => query.get(name) !== value)) return false;
  if (fault.path === undefined) return true;
  if (typeof fault.path === 'string') return fault.path === path;
  fault.path.lastIndex = 0; // a /g or /y RegExp would otherwise resume where its last match ended
  return fault.path.test(path);
}
