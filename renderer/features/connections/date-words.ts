import { isIsoDate } from '../../../preload/contract/connection-rules.js';

/**
 * A `YYYY-MM-DD` day in words in the UI's language (e.g. « samedi 19 décembre
 * 2026 »): a date input follows the system's format, which reads either way
 * round, so the day is also said unambiguously. Null for anything else.
 */
export function dateInWords(
  value: string,
  language: string,
  style: 'full' | 'long' = 'full',
): string | null {
  if (!isIsoDate(value)) return null;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language, { dateStyle: style }).format(
    new Date(year, month - 1, day),
  );
}
