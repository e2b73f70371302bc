import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../main/store/project-store';
import type { ChangeSet } from '../../../shared/model/change-set';
import { plainTextBlocks } from '../../../shared/text/plain-text-blocks';
import { label } from '../annotation-store/fixtures';
import { articleInput } from '../support/article-input';
import { present } from '../support/present';

const ANNOTATIONS = 20_000;

describe('change sets on a long article', () => {
  it(`carry the one annotation a label key made among ${ANNOTATIONS.toLocaleString('en')}, and only what a text edit moved`, () => {
    const store = ProjectStore.create(':memory:');
    const text = Array.from({ length: ANNOTATIONS }, (_, i) => `Wort${i}`).join(' ');
    const { id: articleId } = store.createArticle(articleInput('Long', text));
    const person = label(store, 'entity', 'Person');
    const entity = store.createEntity({ typeLabelId: person.id, name: 'Wort' });
    const words = [...text.matchAll(/\S+/gu)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
    }));
    store.createAnnotations(
      words.map((fragment) => ({ articleId, labelId: person.id, fragments: [fragment], entityId: entity.id })),
    );
    const heard: ChangeSet[] = [];
    store.onChanged((changes) => heard.push(changes));

    const created = store.createAnnotation({
      articleId,
      labelId: person.id,
      fragments: [present(words[100])],
      entityId: entity.id,
    });
    expect(heard).toEqual([
      {
        annotations: { upserted: [created], deleted: [] },
        entities: {
          upserted: [{ ...entity, mentionCount: ANNOTATIONS + 1, articleCount: 1 }],
          deleted: [],
        },
        history: store.historyState(),
      },
    ]);

    const last = present(words.at(-10));
    const edited = `${text.slice(0, last.start)}neu ${text.slice(last.start)}`;
    const before = new Map(store.listAnnotations(articleId).map((annotation) => [annotation.id, annotation]));
    store.editArticleText({
      id: articleId,
      changes: [{ from: last.start, to: last.start, insertedText: 'neu ' }],
      blocks: plainTextBlocks(edited),
    });
    // The ten annotations after the insertion moved; a few before it have new context in their quotes.
    const changed = store
      .listAnnotations(articleId)
      .filter((annotation) => !isDeepStrictEqual(annotation, before.get(annotation.id)));
    expect(changed.length).toBeLessThan(20);
    expect(heard[1]?.annotations).toEqual({ upserted: changed.sort((a, b) => a.id - b.id), deleted: [] });
    expect(heard[1]?.articleTexts?.map((article) => article.text)).toEqual([edited]);
    store.close();
  });
});
