import type { ProjectStore } from '../../../main/store/project-store';
import { seedProject, label } from '../annotation-store/fixtures';
import { ORGANISATION, PERSON, PLACE, SEED_GOLD, SEED_REGISTRY } from '../support/seed-registry';

const TYPE_NAMES: Readonly<Record<number, string>> = {
  [PERSON]: 'Person',
  [PLACE]: 'Location',
  [ORGANISATION]: 'Organisation',
};

/**
 * The seed project with the eight entities of the seed registry in its entity registry (the first
 * name as the entity's, the rest as aliases); `entityIds` maps the registry's ids to the store's.
 */
export function seedProjectWithRegistry(dir: string) {
  const project = seedProject(dir);
  const entityIds = new Map<number, number>();
  for (const entry of SEED_REGISTRY) {
    const [name = '', ...aliases] = entry.names;
    const typeName = TYPE_NAMES[entry.labelId] ?? 'Person';
    const entity = project.store.createEntity({
      typeLabelId: label(project.store, 'entity', typeName).id,
      name,
      aliases,
    });
    entityIds.set(entry.entityId, entity.id);
  }
  return { ...project, entityIds };
}

/** The gold mentions as "text→store entity id", in text order. */
export function goldMentions(entityIds: ReadonlyMap<number, number>): string[] {
  return SEED_GOLD.map(([text, id]) => `${text}→${entityIds.get(id) ?? '?'}`);
}

/** What a list of suggestions proposes, as "text→entity ids". */
export function proposed(store: ProjectStore, articleId: number): string[] {
  return store.suggestions
    .forArticle(articleId)
    .map((s) => `${s.quote.exact}→${s.entity?.kind === 'existing' ? s.entity.entityIds.join(',') : '?'}`);
}
