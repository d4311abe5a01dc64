/** Exit codes: 0 done, 1 refused (validation, findings), 2 usage or I/O, 3 keychain. */
export const EXIT = { ok: 0, refused: 1, usage: 2, keychain: 3 } as const;
