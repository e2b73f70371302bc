import type { Entity, ExternalId, Label } from '../../../../shared/model/annotation';

export interface SchemaOrgThing {
  readonly '@type': string;
  readonly name: string;
  readonly sameAs?: string | readonly string[];
}

/** The schema.org type for an entity type, by its name in the default schema (English spellings too). */
const TYPES: Readonly<Record<string, string>> = {
  person: 'Person',
  organisation: 'Organization',
  organization: 'Organization',
  location: 'Place',
  place: 'Place',
  event: 'Event',
};

/** The pages that identify an entity, as sameAs links (schema.org's own examples link Wikidata pages). */
function sameAsOf(ids: readonly ExternalId[]): string[] {
  return ids.flatMap((id) => {
    switch (id.scheme) {
      case 'wikidata':
        return [`https://www.wikidata.org/wiki/${id.value}`];
      case 'geonames':
        return [`https://www.geonames.org/${id.value}`];
      case 'url':
        return [id.value];
      default:
        return [];
    }
  });
}

/** An entity as a schema.org thing: `Person`, `Organization`, `Place`, `Event` or `Thing`, by its type. */
export function schemaOrgThing(entity: Entity, type: Label): SchemaOrgThing {
  return withSameAs({ '@type': TYPES[type.name.toLocaleLowerCase()] ?? 'Thing', name: entity.name }, entity);
}

/**
 * A claim's author: Google accepts a Person or an Organization only, and a claimant that is no
 * person (a ministry, a country) speaks as an organisation.
 */
export function schemaOrgAuthor(name: string, entity: Entity | undefined, type: Label | undefined): SchemaOrgThing {
  const person = type !== undefined && TYPES[type.name.toLocaleLowerCase()] === 'Person';
  const author = { '@type': person ? 'Person' : 'Organization', name };
  return entity === undefined ? author : withSameAs(author, entity);
}

function withSameAs(thing: SchemaOrgThing, entity: Entity): SchemaOrgThing {
  const links = sameAsOf(entity.externalIds);
  const [first, ...more] = links;
  if (first === undefined) return thing;
  return { ...thing, sameAs: more.length === 0 ? first : links };
}
