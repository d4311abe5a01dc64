/**
 * One section of the persisted, non-secret settings (for example `sp` or
 * `idp`). Services depend on this port, not on the file format or library.
 */
export interface SectionStore<T> {
  /** The current, schema-valid value of the section. */
  get(): T;
  /** Validates and persists a new value of the section (atomic file write). */
  set(value: T): void;
  /** The folder holding the settings file; services may keep sibling files there. */
  readonly dir: string;
}

/** A SectionStore kept in memory, for pure unit tests. */
export function memorySection<T>(initial: T, dir = ''): SectionStore<T> {
  let value = structuredClone(initial);
  return {
    get: () => structuredClone(value),
    set: (next) => {
      value = structuredClone(next);
    },
    dir,
  };
}
