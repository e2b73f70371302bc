import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { contract } from '../../../shared/ipc/contract';
import { UPDATE_CALLS, type UpdateCall } from '../support/update-calls';

/** A valid value for each field an update call takes, by the field's name. */
const SAMPLE_VALUES: Record<string, unknown> = {
  id: 1,
  text: 'Checked against the original',
  title: 'Xi trifft Schoigu',
  source: 'TASS',
  url: 'https://example.org/article',
  author: 'A. Reporter',
  publishedAt: '2025-02-28',
  language: 'de',
  tags: ['diplomacy'],
  name: 'Xi Jinping',
  color: '#1f77b4',
  hotkey: 'q',
  typeLabelId: 2,
  aliases: ['Xi'],
  externalIds: [{ scheme: 'wikidata', value: 'Q15031' }],
  note: 'Spelling checked',
  labelId: 3,
  entityId: 4,
  claim: { aboutEntityIds: [5], attributes: { 6: 7 } },
  sourceLabelIds: [8],
  targetLabelIds: [9, 10],
};

function sample(call: string, field: string): unknown {
  if (!(field in SAMPLE_VALUES)) throw new Error(`${call} takes “${field}”: add a sample value for it to this test`);
  return SAMPLE_VALUES[field];
}

function objectShape(schema: z.ZodType, what: string): Record<string, z.ZodType> {
  if (!(schema instanceof z.ZodObject)) throw new Error(`${what} is not an object schema`);
  return schema.shape;
}

/** Every argument of `call` that names one field of its edit (or, without an edit, the whole argument). */
function oneFieldArguments(call: UpdateCall): Record<string, unknown>[] {
  const shape = objectShape(contract[call].arg, call);
  const edit = shape.edit;
  if (edit === undefined) {
    return [Object.fromEntries(Object.keys(shape).map((field) => [field, sample(call, field)]))];
  }
  const fields = Object.keys(objectShape(edit, `${call} edit`));
  const given = fields.map((field) => ({ id: 1, edit: { [field]: sample(call, field) } }));
  // null clears a field where the schema allows it; it must arrive as null, not as something else.
  const cleared = fields
    .map((field) => ({ id: 1, edit: { [field]: null } }))
    .filter((argument) => contract[call].arg.safeParse(argument).success);
  return [...given, ...cleared];
}

describe('update calls of the IPC contract', () => {
  it('are the ones this test knows', () => {
    expect(UPDATE_CALLS).toEqual([
      'article.update',
      'schema.updateLabel',
      'entity.update',
      'annotation.update',
      'note.update',
    ]);
  });

  it.each(UPDATE_CALLS.map((call) => [call]))(
    '%s parses an edit of one field into exactly that field, inventing none for the fields left out',
    (call) => {
      for (const argument of oneFieldArguments(call)) {
        const parsed = contract[call].arg.safeParse(argument);
        expect(parsed.success, JSON.stringify(argument)).toBe(true);
        expect(parsed.data).toStrictEqual(argument);
      }
    },
  );

  it.each(UPDATE_CALLS.filter((call) => 'edit' in objectShape(contract[call].arg, call)).map((call) => [call]))(
    '%s refuses an empty edit or takes it as it is',
    (call) => {
      const parsed = contract[call].arg.safeParse({ id: 1, edit: {} });
      if (parsed.success) expect(parsed.data).toStrictEqual({ id: 1, edit: {} });
    },
  );
});
