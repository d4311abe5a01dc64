import { describe, expect, it } from 'vitest';
import { createDroppedFiles } from '../../../../main/ipc/dropped-files.js';

describe('dropped-file tokens', () => {
  it('answers the registered path once, for its own token only', () => {
    const dropped = createDroppedFiles();
    const token = dropped.register('/home/admin/idp.xml');
    expect(() => dropped.take('5b8a7e4e-8f5c-4bf7-9a39-3f0e1b0c9d11')).toThrowError(
      /FILE_READ_FAILED/,
    );
    expect(dropped.take(token)).toBe('/home/admin/idp.xml');
    expect(() => dropped.take(token)).toThrowError(/FILE_READ_FAILED/);
  });

  it('forgets tokens after a minute and refuses relative paths', () => {
    let now = 0;
    const dropped = createDroppedFiles(() => now);
    const token = dropped.register('/tmp/idp.xml');
    now = 61_000;
    expect(() => dropped.take(token)).toThrowError(/FILE_READ_FAILED/);
    expect(() => dropped.register('idp.xml')).toThrowError(/FILE_READ_FAILED/);
  });

  it('says nothing about the file system when refusing', () => {
    const dropped = createDroppedFiles();
    try {
      dropped.take('not-a-token');
      expect.unreachable();
    } catch (error) {
      expect((error as { params: unknown }).params).toEqual({ reason: 'NOT_FOUND' });
    }
  });
});
