import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../../shared/ipc/call-names';
import { contract } from '../../../shared/ipc/contract';
import { decodeEnvelope } from '../../../main/ipc/encoded-json';
import { startTestWorkspace } from '../support/test-workspace';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const RUNS_PER_CALL = 1000;

/** Payloads a hostile or buggy renderer might send: any JSON-ish value, plus near-misses of real shapes. */
const hostilePayload = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }),
  fc.record({ id: fc.oneof(fc.double(), fc.string(), fc.constant(null), fc.integer({ max: 0 })) }),
  fc.record({ title: fc.anything(), text: fc.anything() }, { requiredKeys: [] }),
  fc.record({ title: fc.string(), text: fc.string(), extra: fc.anything() }),
  fc.string({ maxLength: 2000 }),
  fc.constantFrom(null, 0, -1, Number.NaN, Infinity, '', [], {}, { __proto__: { polluted: true } }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "id": 1}') as unknown),
);

describe('IPC contract under random and malformed payloads', () => {
  it.each(CALL_NAMES.map((name) => [name]))(
    '%s rejects every invalid payload with a validation error',
    async (call) => {
      const internalErrors: string[] = [];
      const workspace = await startTestWorkspace(tempDir(), {
        log: (message, error) => internalErrors.push(`${message}: ${String(error)}`),
      });
      const schema = contract[call].arg;
      const invalid = hostilePayload.filter((payload) => !schema.safeParse(payload).success);
      await fc.assert(
        fc.asyncProperty(invalid, async (payload) => {
          const result = decodeEnvelope(await workspace.dispatch(call, payload));
          expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
        }),
        { numRuns: RUNS_PER_CALL },
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      await workspace.close();
      expect(internalErrors, 'no call may fail internally').toEqual([]);
    },
  );
});
