import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export interface StallMeasurement<T> {
  value: T;
  /** How long the action took, start to finish. */
  ms: number;
  /** The longest this thread's event loop could not run anything else meanwhile. */
  longestStallMs: number;
  /**
   * CPU time this thread spent meanwhile: what the action cost the host's loop, whatever else the
   * machine was doing (on a busy machine the scheduler alone stalls an idle loop for a while).
   */
  threadCpuMs: number;
}

/**
 * Runs `action` while sampling this thread's event loop every millisecond (the probe a host's
 * responsiveness depends on: an IPC reply, a menu, a dialog all wait for the loop).
 */
export async function measureStall<T>(action: () => Promise<T>): Promise<StallMeasurement<T>> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  // The probe measures from one tick of its timer to the next: let it tick before the action blocks.
  await sleep(5);
  const cpuBefore = process.threadCpuUsage();
  const started = performance.now();
  const value = await action();
  const ms = performance.now() - started;
  const cpu = process.threadCpuUsage(cpuBefore);
  // A block that ends with the action is only recorded once the timer has run again.
  await sleep(5);
  histogram.disable();
  return { value, ms, longestStallMs: histogram.max / 1e6, threadCpuMs: (cpu.user + cpu.system) / 1000 };
}
