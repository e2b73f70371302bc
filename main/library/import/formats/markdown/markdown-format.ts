import type { ArticleFormat } from '../../../../import-formats/import-format';
import { readMarkdown } from './markdown';

export const markdownFormat: ArticleFormat = {
  id: 'markdown',
  title: 'Markdown',
  sniff: (file) => (file.extension === 'md' || file.extension === 'markdown' ? 'extension' : null),
  parse: (file, { encoding }) => readMarkdown(file.bytes, file.name, encoding),
};
