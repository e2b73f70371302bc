/**
 * Run as a separate process by kill-during-writes.test.ts, which kills it with SIGKILL at random
 * moments. It creates, updates and annotates articles in a loop and prints `ack …` lines only after
 * each transaction has committed, so every acknowledged line is a promise the parent checks after the kill.
 *
 *   node store-writer-child.cjs <project> <first index>
 */
import { ProjectStore } from '../../../main/store/project-store';
import { articleInput } from '../support/article-input';
import { ack } from './ack';
import { crashWriteText, crashWriteTitle, crashWriteUpdatedTitle } from './crash-write-content';

function writeUntilKilled(store: ProjectStore, first: number): void {
  const label = store.listLabels().find((l) => l.kind === 'entity');
  if (label === undefined) throw new Error('The default schema has no entity label.');
  ack('ready');
  for (let i = first; ; i++) {
    const text = crashWriteText(i);
    const article = store.createArticle(articleInput(crashWriteTitle(i), text));
    ack(`article ${article.id} ${i}`);
    store.updateArticle(article.id, { title: crashWriteUpdatedTitle(i), tags: [`run-${i}`] });
    ack(`update ${article.id} ${i}`);
    const start = text.indexOf('Moskau');
    const annotation = store.createAnnotation({
      articleId: article.id,
      labelId: label.id,
      fragments: [{ start, end: start + 'Moskau'.length }],
    });
    ack(`annotation ${annotation.id} ${article.id}`);
  }
}

const [path, first] = process.argv.slice(2);
if (path === undefined || first === undefined) throw new Error('usage: store-writer-child <project> <first index>');
writeUntilKilled(ProjectStore.open(path), Number(first));
