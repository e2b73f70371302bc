import { ExternalId } from '../../shared/model/annotation';

/**
 * External entity ids as annotation files write them ("Wikidata:Q15031" in a brat N line, a
 * Wikidata URI in W3C), to and from the project's schemes. A reference to the workbench itself
 * names an entity that has no external id, so the entity's name alone links its mentions.
 */
export const WORKBENCH_REFERENCE = 'Workbench';

const FILE_SCHEMES: Record<ExternalId['scheme'], string> = {
  wikidata: 'Wikidata',
  geonames: 'GeoNames',
  url: 'URL',
  other: 'Other',
};

/** How a file names an external id: a resource name and an id in it. */
export function referenceOf(id: ExternalId): { resource: string; id: string } {
  // An "other" id is kept as the file gave it, resource and all ("Wikipedia:64488").
  if (id.scheme === 'other') {
    const colon = id.value.indexOf(':');
    return colon > 0
      ? { resource: id.value.slice(0, colon), id: id.value.slice(colon + 1) }
      : { resource: FILE_SCHEMES.other, id: id.value };
  }
  return { resource: FILE_SCHEMES[id.scheme], id: id.value };
}

/** The project's external id for a file's reference; null for a workbench-only entity. */
export function externalIdOf(resource: string, value: string): ExternalId | null {
  const scheme = resource.trim().toLowerCase();
  if (scheme === WORKBENCH_REFERENCE.toLowerCase()) return null;
  const candidates: ExternalId[] = [];
  if (scheme === 'wikidata') candidates.push({ scheme: 'wikidata', value });
  if (scheme === 'geonames') candidates.push({ scheme: 'geonames', value });
  if (scheme === 'url') candidates.push({ scheme: 'url', value });
  if (scheme === 'other') candidates.push({ scheme: 'other', value });
  candidates.push({ scheme: 'other', value: `${resource.trim()}:${value}` });
  return candidates.find((candidate) => ExternalId.safeParse(candidate).success) ?? null;
}

/** The entity a web address names: a Wikidata or GeoNames page, or any other address. */
export function externalIdOfUri(uri: string): ExternalId | null {
  const wikidata = /^https?:\/\/(?:www\.)?wikidata\.org\/(?:wiki|entity)\/(Q[1-9]\d*)$/.exec(uri);
  if (wikidata?.[1] !== undefined) return { scheme: 'wikidata', value: wikidata[1] };
  const geonames = /^https?:\/\/(?:www\.|sws\.)?geonames\.org\/([1-9]\d*)\/?/.exec(uri);
  if (geonames?.[1] !== undefined) return { scheme: 'geonames', value: geonames[1] };
  const url: ExternalId = { scheme: 'url', value: uri };
  return ExternalId.safeParse(url).success ? url : null;
}

/** A web address for an external id, where it has one. */
export function uriOf(id: ExternalId): string | null {
  switch (id.scheme) {
    case 'wikidata':
      return `http://www.wikidata.org/entity/${id.value}`;
    case 'geonames':
      return `https://sws.geonames.org/${id.value}/`;
    case 'url':
      return id.value;
    default:
      return null;
  }
}
