import { existsSync } from 'node:fs';
import { PROJECT_FILE_EXTENSION } from '../../shared/model/project';
import { withProjectExtension } from '../workspace/project-file-path';

/**
 * The suggested project path, or the first "name (2).awb", "name (3).awb", … that is free: where
 * the user cannot name the file, no existing file is ever replaced.
 */
export function freeProjectPath(suggestedPath: string): string {
  const path = withProjectExtension(suggestedPath);
  const stem = path.slice(0, -(PROJECT_FILE_EXTENSION.length + 1));
  for (let attempt = 1; ; attempt++) {
    const candidate = attempt === 1 ? path : `${stem} (${attempt}).${PROJECT_FILE_EXTENSION}`;
    if (!existsSync(candidate)) return candidate;
  }
}
