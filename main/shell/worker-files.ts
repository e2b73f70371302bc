import { join } from 'node:path';

/** A bundled worker next to out/main, unpacked from the asar archive (electron-builder.yml), as worker threads load from the file system. */
function workerFile(name: string): string {
  return join(__dirname, `../workers/${name}.mjs`).replace('app.asar', 'app.asar.unpacked');
}

export const WORKER_FILES = {
  store: workerFile('store-worker'),
  import: workerFile('import-worker'),
  export: workerFile('export-worker'),
};
