export const USAGE = `awb — Annotation Workbench on the command line (plain Node, no window)

Usage:
  awb create <project.awb>                      Create an empty project file
  awb import <project.awb> <file|folder>...     Import articles (.txt .md .html .htm .docx .pdf);
                                                folders are read recursively
  awb list <project.awb> [--trash]              List articles with their metadata
  awb show <project.awb> <article-id>           Print an article's normalised text
  awb search <project.awb> <query>              Full-text search (source:, author:, tag:, title:, "phrase")

Options:
  --json      Machine-readable output (import report, list, search)
  -h, --help  Show this help

Exit status: 0 on success; 1 when the command failed or any file could not be imported
(the report lists each file and why); 2 for wrong usage.`;
