import { describe, expect, it, vi } from 'vitest';
import type { ArticleId } from '../../../../shared/model/article';
import type { LayerAnnotation, LayerId } from '../../../../shared/model/layer';
import { LayerDisplay } from '../../../../renderer/src/layers/layer-display';
import { LayerMarks } from '../../../../renderer/src/layers/layer-marks';
import { article, SUGGESTION_TEXT } from '../../support/suggestion-fixtures';
import { ANA, BEN, layer, layerAnnotation, layerModel } from '../../support/layer-fixtures';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

type Question = { articleId: ArticleId; layerIds: LayerId[] };

/** Layer marks over a store that answers each question with `answer`, keeping the questions. */
function marksOver(
  answer: (question: Question) => LayerAnnotation[] | Promise<LayerAnnotation[]>,
  layers = [ANA, BEN],
) {
  const model = layerModel(layers);
  const display = new LayerDisplay(model);
  const questions: Question[] = [];
  const api = {
    invoke: vi.fn((_call: string, question: Question) => {
      questions.push(question);
      return Promise.resolve(answer(question));
    }),
  };
  const reportError = vi.fn();
  const marks = new LayerMarks({ api: api as never, model, display, reportError });
  const show = (id: number) =>
    model.showArticle({ article: article(id), annotations: [], relations: [], documentLabels: [] });
  return { model, display, marks, questions, show, reportError };
}

describe('the layer marks of the shown article', () => {
  it('are asked for the drawn layers when an article is shown, and not again for a mode drawing the same', async () => {
    const { marks, questions, show, display } = marksOver(({ layerIds }) =>
      layerIds.map((id) => layerAnnotation(id, id, 'Schoigu')),
    );
    expect(questions).toEqual([]);
    show(1);
    await settle();
    expect(questions).toEqual([{ articleId: 1, layerIds: [ANA.id, BEN.id] }]);
    expect(marks.annotations.map((mark) => mark.layerId)).toEqual([ANA.id, BEN.id]);
    expect(marks.articleId).toBe(1);
    // Hiding the project's own highlights draws the same colleagues' layers.
    display.setHidden('project', true);
    await settle();
    expect(questions).toHaveLength(1);
    display.setMode('single');
    display.choose(BEN.id);
    await settle();
    expect(questions.at(-1)).toEqual({ articleId: 1, layerIds: [BEN.id] });
    show(2);
    await settle();
    expect(questions.at(-1)).toEqual({ articleId: 2, layerIds: [BEN.id] });
    expect(questions).toHaveLength(3);
  });

  it('are asked again when a layers change arrives, and not at all while no colleague’s layer is drawn', async () => {
    const { model, questions, show, display, marks } = marksOver(() => [layerAnnotation(1, ANA.id, 'Putin')]);
    display.setMode('single');
    show(1);
    await settle();
    expect(questions).toEqual([]);
    expect(marks.annotations).toEqual([]);
    display.setMode('overlay');
    await settle();
    expect(questions).toHaveLength(1);
    model.apply({ layers: { upserted: [{ ...ANA, name: 'Ana, corrected' }], deleted: [] } });
    await settle();
    expect(questions).toHaveLength(2);
    // A new layer changes the drawn set too: asked once for both reasons.
    model.apply({ layers: { upserted: [layer(3, 'Cleo')], deleted: [] } });
    await settle();
    expect(questions).toHaveLength(3);
    expect(questions.at(-1)?.layerIds).toEqual([ANA.id, BEN.id, 3]);
  });

  it('are asked again when the shown article’s text is edited, which moved them in the store', async () => {
    const edited = `Eilmeldung: ${SUGGESTION_TEXT}`;
    const moved = (text: string) => {
      const start = text.indexOf('Putin');
      return [{ ...layerAnnotation(1, ANA.id, 'Putin'), fragments: [{ start, end: start + 'Putin'.length }] }];
    };
    let text = SUGGESTION_TEXT;
    const { model, marks, questions, show } = marksOver(() => moved(text));
    show(1);
    await settle();
    expect(questions).toHaveLength(1);
    text = edited;
    model.apply({ articleTexts: [article(1, edited)] });
    await settle();
    expect(questions).toEqual([
      { articleId: 1, layerIds: [ANA.id, BEN.id] },
      { articleId: 1, layerIds: [ANA.id, BEN.id] },
    ]);
    expect(marks.annotations[0]?.fragments).toEqual([
      { start: edited.indexOf('Putin'), end: edited.indexOf('Putin') + 5 },
    ]);
    // Another article's text is not the shown one's.
    model.apply({ articleTexts: [article(2, edited)] });
    await settle();
    expect(questions).toHaveLength(2);
  });

  it('keep only the newest answer when questions overlap', async () => {
    const pending: ((marks: LayerAnnotation[]) => void)[] = [];
    const { marks, show } = marksOver(() => new Promise((resolve) => pending.push(resolve)));
    show(1);
    show(2);
    pending[1]?.([layerAnnotation(2, ANA.id, 'Putin', 0, 2)]);
    await settle();
    pending[0]?.([layerAnnotation(1, ANA.id, 'Putin')]);
    await settle();
    expect(marks.annotations.map((mark) => mark.id)).toEqual([2]);
    expect(marks.articleId).toBe(2);
  });

  it('ask for many layers in batches the contract allows', async () => {
    const many = Array.from({ length: 25 }, (_, i) => layer(i + 1, `Coder ${i + 1}`));
    const { questions, show } = marksOver(() => [], many);
    show(1);
    await settle();
    expect(questions.map((question) => question.layerIds.length)).toEqual([20, 5]);
  });

  it('report a failed question and ask again at the next change', async () => {
    let fail = true;
    const { reportError, show, questions, display } = marksOver(() => {
      if (fail) throw new Error('Layers, agreement and curation are not served yet.');
      return [];
    });
    show(1);
    await settle();
    expect(reportError).toHaveBeenCalledOnce();
    fail = false;
    display.setHidden('project', true);
    await settle();
    expect(questions).toHaveLength(2);
  });
});
