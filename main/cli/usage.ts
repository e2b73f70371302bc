import { EXPORT_FORMAT_INFOS } from '../interchange/export-catalog';

const FORMAT_LINES = EXPORT_FORMAT_INFOS.map((format) => `  ${format.id.padEnd(14)}${format.name}`).join('\n');

export const USAGE = `awb — Annotation Workbench on the command line (plain Node, no window)

Usage:
  awb create <project.awb>                      Create an empty project file
  awb import <project.awb> <file|folder>...     Import articles (.txt .md .html .htm .docx .pdf);
                                                folders are read recursively. Annotation files
                                                (.ann with its .txt, .json, .jsonl, .jsonld, .zip)
                                                are imported with their texts, all or nothing
  awb export --format <id> [--articles 1,2]     Export all articles (or those listed) to a new file,
        [--force] <project.awb> <file|folder>   or to a new or empty folder for multi-file formats
  awb list <project.awb> [--trash]              List articles with their metadata
  awb show <project.awb> <article-id>           Print an article's normalised text
  awb search <project.awb> <query>              Full-text search (source:, author:, tag:, title:, "phrase")

Export formats:
${FORMAT_LINES}

Options:
  --json      Machine-readable output (import and export reports, list, search)
  --no-bom    CSV export without the UTF-8 byte order mark Excel needs
  --force     Let a single-file export replace a file that is already there
  -h, --help  Show this help

Names, titles and messages are printed with control characters escaped (\\u001b, \\n).

Exit status: 0 on success; 1 when the command failed, any file could not be imported or an
annotation file had any problem (the report lists each one and where); 2 for wrong usage
(also when no command is given, or --format names no export format).`;
