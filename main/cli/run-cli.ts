import { parseArgs } from 'node:util';
import { WorkbenchError } from '../../shared/ipc/errors';
import { holdsAnnotationFiles } from '../interchange/import/annotation-file-names';
import { ProjectStore } from '../store/project-store';
import { EXIT, UsageError, type CliIo } from './cli-io';
import { createCommand } from './commands/create';
import { exportCommand, parseArticleIds, parseExportFormat } from './commands/export';
import { importCommand } from './commands/import';
import { importAnnotationsCommand } from './commands/import-annotations';
import { listCommand } from './commands/list';
import { searchCommand } from './commands/search';
import { showCommand } from './commands/show';
import { describeFileError } from './file-errors';
import { terminal, type TerminalText } from './terminal-text';
import { USAGE } from './usage';

async function withProject(path: string, action: (store: ProjectStore) => Promise<number> | number): Promise<number> {
  const store = ProjectStore.open(path);
  try {
    return await action(store);
  } finally {
    store.close();
  }
}

function required(value: string | undefined, what: string): string {
  if (value === undefined || value === '') throw new UsageError(`Missing ${what}.`);
  return value;
}

function printUsage(print: (line: TerminalText) => void): void {
  for (const line of USAGE.split('\n')) print(terminal`${line}`);
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      trash: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      format: { type: 'string' },
      articles: { type: 'string' },
      'no-bom': { type: 'boolean' },
      force: { type: 'boolean' },
    },
  });
  const [command, project, ...rest] = positionals;
  if (values.help === true || command === 'help') {
    printUsage((line) => io.out(line));
    return EXIT.ok;
  }
  if (command === undefined) {
    printUsage((line) => io.err(line));
    return EXIT.usage;
  }
  const json = values.json === true;
  switch (command) {
    case 'create':
      return createCommand(required(project, 'the project file'), io);
    case 'import':
      if (rest.length === 0) throw new UsageError('Name at least one file or folder to import.');
      return withProject(required(project, 'the project file'), (store) =>
        holdsAnnotationFiles(rest)
          ? importAnnotationsCommand(store, rest, json, io)
          : importCommand(store, rest, json, io),
      );
    case 'export': {
      const options = { byteOrderMark: values['no-bom'] !== true };
      const format = parseExportFormat(required(values.format, 'the format (--format)'), options);
      const articleIds = values.articles === undefined ? undefined : parseArticleIds(values.articles);
      const destination = required(rest[0], 'the file or folder to export to');
      const replaceFile = values.force === true;
      return withProject(required(project, 'the project file'), (store) =>
        exportCommand(store, { format, articleIds, destination, options, replaceFile }, json, io),
      );
    }
    case 'list':
      return withProject(required(project, 'the project file'), (store) =>
        listCommand(store, values.trash === true, json, io),
      );
    case 'show':
      return withProject(required(project, 'the project file'), (store) =>
        showCommand(store, required(rest[0], 'the article number'), io),
      );
    case 'search':
      return withProject(required(project, 'the project file'), (store) =>
        searchCommand(store, required(rest.join(' '), 'the search words'), json, io),
      );
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

/**
 * Runs one command line and returns the exit status. Every error becomes escaped lines on stderr:
 * one sentence for wrong usage and for failures the user can act on, the message and stack for a bug.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    // parseArgs reports unknown options as a TypeError with a code; that is wrong usage too.
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      io.err(terminal`awb: ${error.message}\nRun "awb --help" for usage.`);
      return EXIT.usage;
    }
    if (error instanceof WorkbenchError) {
      io.err(terminal`awb: ${error.message}`);
      return EXIT.failed;
    }
    const fileProblem = describeFileError(error);
    if (fileProblem !== null) {
      io.err(terminal`awb: ${fileProblem}`);
      return EXIT.failed;
    }
    const details = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.err(terminal`awb: unexpected error (please report it):`);
    for (const line of details.split('\n')) io.err(terminal`  ${line}`);
    return EXIT.failed;
  }
}
