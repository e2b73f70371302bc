import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  labelStudioFormat,
  type LabelStudioResult,
  type LabelStudioTask,
} from '../../../../main/interchange/formats/label-studio/label-studio-export';
import { parseLabelStudio } from '../../../../main/interchange/formats/label-studio/label-studio-parse';
import { ANNOTATION, annotationById, exportFixture } from './support/export-set-fixture';
import { exportTextFile } from './support/run-export';
import { codePointLength, codePointSlice, expectArticlesReadBack } from './support/span-checks';

const STANDARD = new URL('../../../../../shared/standards/label-studio/', import.meta.url);
const standard = (name: string) => readFileSync(new URL(name, STANDARD), 'utf8');

type Region = Extract<LabelStudioResult, { type: 'labels' }>;

describe('Label Studio export', () => {
  const set = exportFixture();
  const { content, dropped, progress } = exportTextFile(labelStudioFormat, set);
  const tasks = JSON.parse(content) as LabelStudioTask[];
  const resultsOf = (task: LabelStudioTask | undefined) => task?.annotations[0]?.result ?? [];
  const regionsOf = (task: LabelStudioTask | undefined) =>
    resultsOf(task).filter((result): result is Region => result.type === 'labels');

  it('writes an array of tasks with one annotation each, its regions shaped like Label Studio’s', () => {
    expect(tasks.map((task) => task.id)).toEqual([1, 2]);
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    const example = JSON.parse(standard('docs-predictions-example_preannotated_ner_tasks.json')) as {
      predictions: { result: Record<string, unknown>[] }[];
    }[];
    const exampleRegion = example[0]?.predictions[0]?.result[0] ?? {};
    for (const task of tasks) {
      expect(task.annotations).toHaveLength(1);
      for (const region of regionsOf(task)) {
        expect(
          Object.keys(region)
            .filter((k) => k !== 'meta')
            .sort(),
        ).toEqual(Object.keys(exampleRegion).sort());
        expect([region.from_name, region.to_name]).toEqual(['label', 'text']);
        // The example's values carry a model score on top, as predictions do.
        expect(Object.keys(region.value).sort()).toEqual(['end', 'labels', 'start', 'text']);
      }
    }
  });

  it('counts offsets in code points: each region’s text is text[start:end] in Python', () => {
    for (const task of tasks) {
      for (const region of regionsOf(task)) {
        expect(codePointSlice(task.data.text, region.value.start, region.value.end)).toBe(region.value.text);
      }
    }
    const zurich = regionsOf(tasks[1]).find((region) => region.value.text === 'Zürich 🇨🇭');
    expect(zurich?.value.start).toBe(codePointLength('Family 👨‍👩‍👧 met in '));
  });

  it('describes each region with per-region choices for claim attributes and the entity’s name', () => {
    const claimRegion = `a${ANNOTATION.claim}`;
    const details = resultsOf(tasks[0]).filter((result) => 'id' in result && result.id === claimRegion);
    expect(details.map((result) => ('from_name' in result ? `${result.type}:${result.from_name}` : ''))).toEqual([
      'labels:label',
      'choices:stance',
      'choices:verdict',
      'choices:form',
    ]);
    const region = details[0] as Region;
    expect(region.meta?.text).toEqual([
      'Official framing; no independent confirmation.',
      'claimant: Xi Jinping; about: China, Russia; date: 2025-02-28',
    ]);
    expect(resultsOf(tasks[0])).toContainEqual(
      expect.objectContaining({
        id: `a${ANNOTATION.xiJinping}`,
        type: 'textarea',
        value: expect.objectContaining({ text: ['Xi Jinping'] }),
      }),
    );
  });

  it('writes relations between regions and lists what it cannot carry', () => {
    const relations = resultsOf(tasks[0]).filter((result) => result.type === 'relation');
    expect(relations).toContainEqual({
      from_id: `a${ANNOTATION.claim}`,
      to_id: `a${ANNOTATION.xi}`,
      type: 'relation',
      direction: 'right',
      labels: ['said_by'],
    });
    expect(dropped).toContainEqual(expect.stringMatching(/^“Schoigus Reise”.*no position/));
    expect(dropped).toContainEqual(expect.stringMatching(/discontinuous, exported as 2 separate spans \(Label Studio/));
    expect(dropped).toContain('Label Studio relations have no notes: 1 relation notes are not exported.');
  });

  it('reads back to the same spans, attributes, entities, relations and notes', () => {
    const parsed = parseLabelStudio(content, 'tasks.json');
    expectArticlesReadBack(set, parsed);
    const seed = parsed.documents[0];
    const claim = seed?.spans.find((span) => span.localId === `a${ANNOTATION.claim}`);
    expect(claim?.attributes).toEqual({ stance: 'supports', verdict: 'misleading', form: 'paraphrase' });
    expect(claim?.coveredText).toBe(annotationById(set, ANNOTATION.claim).quote.exact);
    expect(claim?.note).toContain('Official framing');
    expect(seed?.spans.find((span) => span.localId === `a${ANNOTATION.peking}`)?.entity).toEqual({ name: 'Beijing' });
    expect(seed?.relations.map((r) => r.type).sort()).toEqual(['about', 'member_of', 'said_by', 'said_by']);
    expect(seed?.documentNotes).toEqual(['State media; check against the TASS original.', 'document: Reviewed']);
  });
});

describe('Label Studio parser', () => {
  it('reads a legacy completions file and keeps each region’s stated text', () => {
    const parsed = parseLabelStudio(standard('converter-fixture-completion-348.json'), '348.json');
    expect(parsed.problems).toEqual([]);
    const [document] = parsed.documents;
    expect(document?.spans).toHaveLength(38);
    for (const span of document?.spans ?? []) {
      const [fragment] = span.fragments;
      expect(codePointSlice(document?.text ?? '', fragment?.start ?? 0, fragment?.end ?? 0)).toBe(span.coveredText);
      expect(span.label).toBe('INGREDIENT');
    }
  });

  it('asks which prediction to import when a task has several, and reads a task with one', () => {
    const tasks = JSON.parse(standard('docs-predictions-example_preannotated_ner_tasks.json')) as {
      predictions: unknown[];
    }[];
    const several = parseLabelStudio(JSON.stringify(tasks), 'pre.json');
    expect(several.problems).toEqual([
      { place: 'pre.json, task 1', message: 'The task has 2 predictions; keep only the one to import.' },
      { place: 'pre.json, task 2', message: 'The task has 2 predictions; keep only the one to import.' },
    ]);
    const one = parseLabelStudio(
      JSON.stringify(tasks.map((task) => ({ ...task, predictions: task.predictions.slice(0, 1) }))),
      'pre.json',
    );
    expect(one.problems).toEqual([]);
    expect(one.documents[0]?.spans.map((span) => `${span.label}:${span.coveredText ?? ''}`)).toEqual([
      'Date:27',
      'Location:Jerusalem',
      'Date:the weekend',
      'Date:Easter',
    ]);
  });

  it('turns a left relation around, names unlabelled ones and reports what it cannot read', () => {
    const task = {
      id: 7,
      data: { text: 'Ann met Bob.' },
      annotations: [
        { was_cancelled: true, result: [] },
        {
          result: [
            {
              id: 'r1',
              type: 'labels',
              from_name: 'label',
              to_name: 'text',
              value: { start: 0, end: 3, labels: ['Person'] },
            },
            {
              id: 'r2',
              type: 'labels',
              from_name: 'label',
              to_name: 'text',
              value: { start: 8, end: 11, labels: ['Person', 'Agent'] },
            },
            { from_id: 'r1', to_id: 'r2', type: 'relation', direction: 'left', labels: [] },
            { from_id: 'r1', to_id: 'zz', type: 'relation', labels: ['knows'] },
            { id: 'r3', type: 'labels', value: { start: 5, end: 4, labels: ['Person'] } },
            { id: 'x', type: 'rectanglelabels', value: {} },
            { id: 'r2', type: 'choices', from_name: 'stance', value: { choices: ['a', 'b'] } },
          ],
        },
      ],
    };
    const { documents, problems } = parseLabelStudio(JSON.stringify(task), 'one.json');
    expect(documents[0]?.spans.map((span) => `${span.localId}:${span.label}`)).toEqual([
      'r1:Person',
      'r2:Person',
      'r2#2:Agent',
    ]);
    expect(documents[0]?.relations.map((r) => `${r.fromLocalId}-${r.type}-${r.toLocalId}`)).toEqual(['r2-relation-r1']);
    expect(problems).toEqual([
      { place: 'one.json, task 7, result 5', message: 'The span 5–4 is empty or ends before it starts.' },
      { place: 'one.json, task 7, result 4', message: 'The relation points to the unknown region zz.' },
      {
        place: 'one.json, task 7, result 6',
        message: 'A “rectanglelabels” result cannot be imported into a text annotation.',
      },
      { place: 'one.json, task 7, result 7', message: '“stance” must hold one choice for a region, not 2.' },
    ]);
  });

  it('refuses what is not JSON or not a text task', () => {
    expect(parseLabelStudio('{oops', 'bad.json').problems[0]?.message).toMatch(/^The file is not valid JSON/);
    expect(parseLabelStudio('[{"data": {"image": "a.png"}}]', 'img.json').problems).toEqual([
      { place: 'img.json, task 1', message: 'The task has no "data.text": only text tasks can be imported.' },
    ]);
  });
});
