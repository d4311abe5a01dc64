import type { ReactNode } from 'react';

/** A fingerprint that wraps only between its byte pairs, never inside one. */
export function breakable(value: string): ReactNode[] {
  return value.split(':').flatMap((part, i) => (i === 0 ? [part] : [':', <wbr key={i} />, part]));
}
