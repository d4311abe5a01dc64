/** Declared encodings read as UTF-8 without transcoding. */
export const UTF8_NAMES = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);
/** Declared encodings transcoded from ISO-8859-1. */
export const LATIN1_NAMES = new Set(['iso-8859-1', 'latin1', 'iso_8859-1', 'l1']);
/** Declared encodings transcoded from UTF-16. */
export const UTF16_NAMES = new Set(['utf-16', 'utf16', 'utf-16le', 'utf-16be']);
