import { describe, expect, it } from 'vitest';
import {
  Annotation,
  AnnotationSchemaDefinition,
  Entity,
  ExternalId,
  Label,
  Note,
  Relation,
  TextQuote,
} from '../../../shared/model/annotation';
import { DEFAULT_ANNOTATION_SCHEMA } from '../../../shared/model/default-annotation-schema';

const annotation = (overrides: Record<string, unknown> = {}) => ({
  id: 10,
  articleId: 1,
  labelId: 2,
  fragments: [{ start: 5, end: 16 }],
  quote: { exact: 'Olaf Scholz', prefix: 'Laut ', suffix: ' sagte' },
  orphaned: false,
  ...overrides,
});

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('default annotation schema', () => {
  it('is a valid schema', () => {
    expect(AnnotationSchemaDefinition.safeParse(DEFAULT_ANNOTATION_SCHEMA).success).toBe(true);
  });

  it('gives the six entity types and Claim the keys 1 to 7', () => {
    const keyed = [...DEFAULT_ANNOTATION_SCHEMA.entityTypes, DEFAULT_ANNOTATION_SCHEMA.claim].map(
      (label) => `${label.hotkey ?? 'no key'} ${label.name}`,
    );
    expect(keyed).toEqual(['1 Person', '2 Organisation', '3 Location', '4 Date/Time', '5 Event', '6 Other', '7 Claim']);
  });

  it('offers stance, verdict and form with their values, and the four relation types', () => {
    const attributes = DEFAULT_ANNOTATION_SCHEMA.claimAttributes.map(
      (attribute) => `${attribute.name}: ${attribute.values.map((value) => value.name).join(', ')}`,
    );
    expect(attributes).toEqual([
      'stance: supports, refutes, neutral',
      'verdict: true, false, misleading, unverified, unrated',
      'form: direct quote, paraphrase, assertion',
    ]);
    expect(DEFAULT_ANNOTATION_SCHEMA.relationTypes.map((type) => type.name)).toEqual([
      'said_by',
      'about',
      'member_of',
      'located_in',
    ]);
  });
});

describe('AnnotationSchemaDefinition', () => {
  it('refuses one key for two labels, naming both', () => {
    const clash = {
      ...DEFAULT_ANNOTATION_SCHEMA,
      documentLabels: [{ name: 'Opinion', color: '#123456', hotkey: '1' }],
    };
    expect(messages(AnnotationSchemaDefinition.safeParse(clash))).toEqual([
      'The key 1 is used by both “Person” and “Opinion”.',
    ]);
  });

  it('refuses two entity types with the same name in different case', () => {
    const twice = {
      ...DEFAULT_ANNOTATION_SCHEMA,
      entityTypes: [...DEFAULT_ANNOTATION_SCHEMA.entityTypes, { name: 'person', color: '#123456' }],
    };
    expect(messages(AnnotationSchemaDefinition.safeParse(twice))).toEqual(['Two entity types are named “person”.']);
  });

  it('refuses colours that are not #rrggbb and keys that are not one character', () => {
    const label = { id: 1, kind: 'entity', name: 'Person', parentId: null, hotkey: null, position: 0 };
    expect(Label.safeParse({ ...label, color: '#0072b2' }).success).toBe(true);
    for (const color of ['#0072B2', '0072b2', '#07b', 'blue']) {
      expect(Label.safeParse({ ...label, color }).success, color).toBe(false);
    }
    for (const hotkey of ['F1', 'Ctrl+1', '', 'A']) {
      expect(Label.safeParse({ ...label, color: '#0072b2', hotkey }).success, hotkey).toBe(false);
    }
  });

  it('lets only claim attribute values have a parent label', () => {
    const value = { id: 9, kind: 'claim-attribute', name: 'refutes', parentId: 8, color: '#d73027', hotkey: null };
    expect(Label.safeParse({ ...value, position: 1 }).success).toBe(true);
    expect(Label.safeParse({ ...value, kind: 'entity', position: 1 }).success).toBe(false);
  });

  it('refuses names with line breaks and names that are only spaces', () => {
    for (const name of ['Per\nson', '   ', 'x'.repeat(101)]) {
      expect(
        AnnotationSchemaDefinition.safeParse({ ...DEFAULT_ANNOTATION_SCHEMA, claim: { name, color: '#000000' } })
          .success,
      ).toBe(false);
    }
  });
});

describe('Annotation', () => {
  it('accepts an entity mention and a claim with its details', () => {
    expect(Annotation.safeParse(annotation({ entityId: 4 })).success).toBe(true);
    const claim = {
      claimantEntityId: 4,
      claimantAnnotationId: 11,
      aboutEntityIds: [5, 6],
      attributes: { 20: 21, 30: 34 },
      date: '2025-02-28',
    };
    expect(Annotation.parse(annotation({ claim })).claim?.attributes).toEqual({ 20: 21, 30: 34 });
  });

  it('accepts a discontinuous annotation whose quote joins its fragments', () => {
    const parsed = Annotation.safeParse(
      annotation({
        fragments: [
          { start: 0, end: 3 },
          { start: 8, end: 16 },
        ],
        quote: { exact: 'SPD … Fraktion', prefix: '', suffix: '' },
      }),
    );
    expect(parsed.success).toBe(true);
  });

  it('refuses empty, overlapping, touching or unordered fragments', () => {
    const quote = { exact: 'abcd', prefix: '', suffix: '' };
    for (const fragments of [
      [],
      [{ start: 3, end: 3 }],
      [{ start: 5, end: 2 }],
      [
        { start: 0, end: 2 },
        { start: 1, end: 3 },
      ],
      [
        { start: 0, end: 2 },
        { start: 2, end: 4 },
      ],
      [
        { start: 6, end: 8 },
        { start: 0, end: 2 },
      ],
    ]) {
      expect(Annotation.safeParse(annotation({ fragments, quote })).success, JSON.stringify(fragments)).toBe(false);
    }
  });

  it('refuses a quote that does not match the fragments, or context longer than 32 characters', () => {
    expect(messages(Annotation.safeParse(annotation({ quote: { exact: 'Olaf', prefix: '', suffix: '' } })))).toEqual([
      'The quote does not match the annotated fragments.',
    ]);
    expect(TextQuote.safeParse({ exact: 'x', prefix: 'p'.repeat(33), suffix: '' }).success).toBe(false);
  });

  it('refuses unknown fields, a claim that claims itself, and the same entity twice in about', () => {
    expect(Annotation.safeParse(annotation({ colour: 'red' })).success).toBe(false);
    const selfClaim = { claimantAnnotationId: 10, aboutEntityIds: [], attributes: {} };
    expect(Annotation.safeParse(annotation({ claim: selfClaim })).success).toBe(false);
    const twice = { aboutEntityIds: [5, 5], attributes: {} };
    expect(Annotation.safeParse(annotation({ claim: twice })).success).toBe(false);
  });

  it('refuses claim attributes keyed by anything but a label id', () => {
    for (const attributes of [{ stance: 21 }, { '-1': 21 }, { 20: 'refutes' }]) {
      const claim = { aboutEntityIds: [], attributes };
      expect(Annotation.safeParse(annotation({ claim })).success, JSON.stringify(attributes)).toBe(false);
    }
  });
});

describe('Entity', () => {
  const entity = {
    id: 4,
    typeLabelId: 1,
    name: 'Olaf Scholz',
    aliases: ['Scholz', 'Bundeskanzler Scholz'],
    externalIds: [
      { scheme: 'wikidata', value: 'Q61053' },
      { scheme: 'url', value: 'https://de.wikipedia.org/wiki/Olaf_Scholz' },
    ],
  };

  it('accepts a person with aliases, a Wikidata id, a link and a note', () => {
    expect(Entity.safeParse({ ...entity, note: 'Kanzler 2021–2025' }).success).toBe(true);
  });

  it('checks ids by scheme: Wikidata Q-ids, GeoNames numbers, web addresses', () => {
    const valid = (scheme: string, value: string) => ExternalId.safeParse({ scheme, value }).success;
    expect([
      valid('wikidata', 'Q61053'),
      valid('wikidata', 'q61053'),
      valid('wikidata', 'Q0'),
      valid('wikidata', 'P31'),
    ]).toEqual([true, false, false, false]);
    expect([valid('geonames', '2950159'), valid('geonames', 'Berlin')]).toEqual([true, false]);
    expect([
      valid('url', 'https://example.org/x'),
      valid('url', 'javascript:alert(1)'),
      valid('url', 'example.org'),
    ]).toEqual([true, false, false]);
    expect([valid('other', 'GND 118500775'), valid('other', ' '), valid('isni', '0000')]).toEqual([true, false, false]);
  });

  it('refuses the same alias or external id twice', () => {
    expect(Entity.safeParse({ ...entity, aliases: ['Scholz', 'Scholz'] }).success).toBe(false);
    const twice = [entity.externalIds[0], entity.externalIds[0]];
    expect(Entity.safeParse({ ...entity, externalIds: twice }).success).toBe(false);
  });
});

describe('Relation and Note', () => {
  it('refuses a relation from an annotation to itself', () => {
    const relation = { id: 1, typeLabelId: 40, sourceAnnotationId: 10, targetAnnotationId: 11 };
    expect(Relation.safeParse(relation).success).toBe(true);
    expect(Relation.safeParse({ ...relation, targetAnnotationId: 10 }).success).toBe(false);
  });

  it('attaches a note to exactly one kind of thing', () => {
    expect(Note.safeParse({ id: 1, target: { kind: 'entity', entityId: 4 }, text: 'Prüfen' }).success).toBe(true);
    expect(Note.safeParse({ id: 1, target: { kind: 'entity', articleId: 4 }, text: 'Prüfen' }).success).toBe(false);
    expect(Note.safeParse({ id: 1, target: { kind: 'article', articleId: 4 }, text: '  ' }).success).toBe(false);
  });
});
