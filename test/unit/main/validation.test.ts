import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { toErrorData } from '../../../main/error-data.js';
import { parseOrThrow } from '../../../main/validation.js';

const schema = z.object({ url: z.string().min(1), port: z.number().int(), name: z.string() });

describe('one way from a zod failure to a coded error', () => {
  it('lists every failing path, the first as params.path', () => {
    try {
      parseOrThrow(schema, { url: '', port: 1.5 });
      expect.unreachable();
    } catch (error) {
      expect(toErrorData(error)).toMatchObject({
        code: 'INVALID_INPUT',
        params: { path: 'url' },
        issues: [
          { path: 'url', message: expect.any(String) },
          { path: 'port', message: expect.any(String) },
          { path: 'name', message: expect.any(String) },
        ],
      });
    }
  });

  it('takes the caller’s code and params, and gives the same issues as a thrown ZodError', () => {
    const input = { url: 'x', port: 'no', name: 'n' };
    let coded: unknown;
    try {
      parseOrThrow(schema, input, 'SETTINGS_INVALID', { section: 'sp' });
    } catch (error) {
      coded = error;
    }
    expect(toErrorData(coded)).toMatchObject({
      code: 'SETTINGS_INVALID',
      params: { section: 'sp', path: 'port' },
    });
    const thrown = schema.safeParse(input);
    expect(toErrorData(thrown.error).issues).toEqual(toErrorData(coded).issues);
    expect(parseOrThrow(schema, { url: 'x', port: 1, name: 'n' })).toEqual({
      url: 'x',
      port: 1,
      name: 'n',
    });
  });
});
