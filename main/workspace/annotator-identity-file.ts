import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AnnotatorIdentity, type AnnotatorIdentityEdit } from '../../shared/model/annotator';
import { BackgroundFile } from '../fs/background-file';
import type { ErrorLog } from '../ipc/dispatcher';

/**
 * Who annotates on this machine, kept as `annotator.json` in the app's data folder (beside the
 * recent list), so every project opened here stamps its writes with the same person. The uid is
 * made once and kept through renames.
 */
export class AnnotatorIdentityFile {
  private identity: AnnotatorIdentity | null;
  private readonly file: BackgroundFile;

  constructor(path: string, log: ErrorLog) {
    this.file = new BackgroundFile(path, log);
    this.identity = AnnotatorIdentityFile.load(path, log);
  }

  /** Missing means "ask"; a damaged file is logged and asked again rather than stopping the app. */
  private static load(path: string, log: ErrorLog): AnnotatorIdentity | null {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return null;
    }
    try {
      return AnnotatorIdentity.parse(JSON.parse(text));
    } catch (error) {
      log(`The annotator file ${path} is damaged; asking for the name again`, error);
      return null;
    }
  }

  current(): AnnotatorIdentity | null {
    return this.identity;
  }

  change(edit: AnnotatorIdentityEdit): AnnotatorIdentity {
    this.identity = { uid: this.identity?.uid ?? randomUUID(), name: edit.name, email: edit.email };
    this.file.save(JSON.stringify(this.identity, null, 2));
    return this.identity;
  }

  flushed(): Promise<void> {
    return this.file.flushed();
  }
}
