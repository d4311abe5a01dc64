import type { z } from 'zod';

/** One request/response channel: its `domain:verb` name and both schemas. */
export interface ChannelSpec<I extends z.ZodType, O extends z.ZodType, P extends boolean = false> {
  readonly name: string;
  readonly input: I;
  readonly output: O;
  /** Called by the preload's own code only; never a function of the page's API. */
  readonly preloadOnly: P;
}

/** Declares a channel; the types on both sides are inferred from the schemas. */
export function channel<I extends z.ZodType, O extends z.ZodType>(
  name: string,
  input: I,
  output: O,
): ChannelSpec<I, O> {
  return { name, input, output, preloadOnly: false };
}

/**
 * Declares a channel only the preload itself calls (e.g. with a path it
 * resolved for a dropped File): the page cannot name it, so it cannot pass
 * main a value of its own choosing there.
 */
export function preloadChannel<I extends z.ZodType, O extends z.ZodType>(
  name: string,
  input: I,
  output: O,
): ChannelSpec<I, O, true> {
  return { name, input, output, preloadOnly: true };
}

/** One main → renderer event: its name and payload schema. */
export interface EventSpec<P extends z.ZodType> {
  readonly name: string;
  readonly payload: P;
}

/** Declares an event pushed by the main process. */
export function event<P extends z.ZodType>(name: string, payload: P): EventSpec<P> {
  return { name, payload };
}
