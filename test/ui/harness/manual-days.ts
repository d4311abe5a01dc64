import type { RepeatTimer } from '../../../main/overview/expiry-watch.js';

/** The app's daily timer, advanced by the test: `nextDay()` runs what a day would run. */
export class ManualDays {
  private readonly tasks = new Set<() => Promise<void>>();

  /** The timer the expiry watch is started with. */
  readonly timer: RepeatTimer = (_ms, task) => {
    this.tasks.add(task);
    return () => this.tasks.delete(task);
  };

  /** Runs every daily task once and waits for them. */
  async nextDay(): Promise<void> {
    await Promise.all([...this.tasks].map((task) => task()));
  }
}
