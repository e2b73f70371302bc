import type fc from 'fast-check';
import type { ProjectModel } from '../model/project-model';
import type { World } from './world';

export type ModelCommand = fc.Command<ProjectModel, World>;

/**
 * A command that always applies: what it means (which annotation, which text) is decided against
 * the world when it runs, so a generated sequence stays meaningful whatever ran before it.
 */
export function command(name: string, run: (world: World) => void): ModelCommand {
  return { check: () => true, run: (_model, world) => run(world), toString: () => name };
}
