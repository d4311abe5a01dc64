import { performance } from 'node:perf_hooks';

/**
 * Runs `work` and answers how busy this thread's event loop was meanwhile
 * (0: idle, 1: never idle). Work done synchronously here scores near 1 and
 * work moved to a worker near 0, however loaded the machine is: unlike a
 * timer's lateness, it does not measure how long the OS kept us waiting.
 */
export async function mainThreadLoad<T>(
  work: () => Promise<T>,
): Promise<{ result: T; utilization: number }> {
  const before = performance.eventLoopUtilization();
  const result = await work();
  const { utilization } = performance.eventLoopUtilization(before);
  return { result, utilization };
}
