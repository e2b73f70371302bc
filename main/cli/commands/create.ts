import { ProjectStore } from '../../store/project-store';
import type { CliIo } from '../cli-io';
import { terminal } from '../terminal-text';

export function createCommand(projectPath: string, io: CliIo): number {
  const store = ProjectStore.create(projectPath);
  io.out(terminal`Created ${store.path}`);
  store.close();
  return 0;
}
