import fc from 'fast-check';
import { ArticleEdit } from '../../../../../shared/model/article';
import { createArticle, emptyTrash, moveArticles, replaceArticleText, updateArticle } from '../model/article-rules';
import { paragraphBlocks } from '../model/text-rules';
import { pastedWithSetLanguage } from '../pasted-with-set-language';
import { MORE_TEXTS, TITLES } from '../sample-texts';
import { articlesOf } from './annotation-commands';
import { command, type ModelCommand } from './command';
import { chosenId, nth, pick, picks } from './picks';

export const createArticleCommand: fc.Arbitrary<ModelCommand> = fc
  .record({ text: fc.nat(), title: fc.constantFrom(...TITLES) })
  .map((spec) =>
    command(`createArticle ${JSON.stringify(spec)}`, (world) => {
      const input = pastedWithSetLanguage({ title: spec.title, text: nth(MORE_TEXTS, spec.text) });
      world.outside(
        `createArticle “${input.title}”`,
        (store) => store.createArticle(input),
        createArticle(world.model, input),
      );
    }),
  );

/** A metadata edit as the Details panel sends it, checked as the IPC contract checks it. */
export const updateArticleCommand: fc.Arbitrary<ModelCommand> = fc
  .record(
    {
      article: pick,
      title: fc.constantFrom(...TITLES),
      source: fc.constantFrom('TASS', '', null),
      language: fc.constantFrom('de', 'fa', null),
      tags: fc.constantFrom([], ['Politik', 'China'], ['Politik', 'Politik']),
    },
    { requiredKeys: ['article'] },
  )
  .map(({ article, ...fields }) =>
    command(`updateArticle ${JSON.stringify({ article, ...fields })}`, (world) => {
      const id = chosenId(articlesOf(world.model), article);
      const edit = ArticleEdit.parse(fields);
      world.outside(
        `updateArticle ${id} ${JSON.stringify(edit)}`,
        (store) => store.updateArticle(id, edit),
        updateArticle(world.model, id, edit),
      );
    }),
  );

export const trashCommand = (toTrash: boolean): fc.Arbitrary<ModelCommand> =>
  picks(2).map((which) =>
    command(`${toTrash ? 'trash' : 'restore'} ${JSON.stringify(which)}`, (world) => {
      const articles = articlesOf(world.model).filter((article) => article.trashed !== toTrash);
      const ids = which.map((one) => chosenId(articles, one));
      world.outside(
        `${toTrash ? 'trashArticles' : 'restoreArticles'} ${JSON.stringify(ids)}`,
        (store) => (toTrash ? store.trashArticles(ids) : store.restoreArticles(ids)),
        moveArticles(world.model, ids, toTrash),
      );
    }),
  );

export const emptyTrashCommand: fc.Arbitrary<ModelCommand> = fc.constant(
  command('emptyTrash', (world) =>
    world.outside('emptyTrash', (store) => store.emptyTrash(), emptyTrash(world.model), true),
  ),
);

/** Re-decoding an article gives it another text; refused once anything is annotated in it. */
export const replaceTextCommand: fc.Arbitrary<ModelCommand> = fc.record({ article: pick, text: fc.nat() }).map((spec) =>
  command(`replaceArticleText ${JSON.stringify(spec)}`, (world) => {
    const id = chosenId(articlesOf(world.model), spec.article);
    const text = nth(MORE_TEXTS, spec.text);
    world.outside(
      `replaceArticleText ${id}`,
      (store) => store.replaceArticleText(id, { text, blocks: paragraphBlocks(text), links: [], encoding: 'utf-8' }),
      replaceArticleText(world.model, id, text),
      true,
    );
  }),
);
