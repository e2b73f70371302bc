import { ProjectStore } from '../../store/project-store';
import type { CliIo } from '../cli-io';

export function createCommand(projectPath: string, io: CliIo): number {
  const store = ProjectStore.create(projectPath);
  io.out(`Created ${store.path}`);
  store.close();
  return 0;
}
