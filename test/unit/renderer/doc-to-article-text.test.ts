import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model/article';
import { docToArticleText } from '../../../renderer/src/article-edit/doc-to-article-text';
import { articleToDoc } from '../../../renderer/src/article-view/article-to-doc';

/** Paragraphs separated by blank lines, as pasted articles are stored. */
function article(paragraphs: readonly string[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let text = '';
  paragraphs.forEach((paragraph, i) => {
    if (i > 0) text += '\n\n';
    blocks.push({ kind: 'paragraph', start: text.length, end: text.length + paragraph.length });
    text += paragraph;
  });
  return { text, blocks };
}

describe('docToArticleText', () => {
  it('keeps the stored separators between blocks that survive an edit', () => {
    const saved = article(['Erster Absatz.', 'Zweiter Absatz mit 😀.', 'Dritter.']);
    const { doc, positions } = articleToDoc(saved);
    const state = EditorState.create({ doc });
    const at = positions.textOffsetToDocPos(saved.text.indexOf('Zweiter'));
    const tr = state.tr.insertText('Der ', at).insertText(' Ende', positions.blockDocRange(0).to);
    const result = docToArticleText(tr.doc, { text: saved.text, positions }, tr.mapping.invert());
    expect(result.text).toBe('Erster Absatz. Ende\n\nDer Zweiter Absatz mit 😀.\n\nDritter.');
    expect(result.blocks.map((block) => result.text.slice(block.start, block.end))).toEqual([
      'Erster Absatz. Ende',
      'Der Zweiter Absatz mit 😀.',
      'Dritter.',
    ]);
  });

  it('joins blocks without a separator and splits them with one line break', () => {
    const saved = article(['Eins', 'Zwei']);
    const { doc, positions } = articleToDoc(saved);
    const state = EditorState.create({ doc });
    // Join: delete from the end of the first block to the start of the second.
    const join = state.tr.delete(positions.blockDocRange(0).to, positions.blockDocRange(1).from);
    expect(docToArticleText(join.doc, { text: saved.text, positions }, join.mapping.invert()).text).toBe('EinsZwei');
    // Split: Enter in the middle of "Zwei".
    const split = state.tr.split(positions.textOffsetToDocPos(saved.text.indexOf('wei')));
    const result = docToArticleText(split.doc, { text: saved.text, positions }, split.mapping.invert());
    expect(result.text).toBe('Eins\n\nZ\nwei');
    expect(result.blocks).toHaveLength(3);
  });

  it('stores text typed as decomposed letters in NFC', () => {
    const saved = article(['Cafe']);
    const { doc, positions } = articleToDoc(saved);
    const tr = EditorState.create({ doc }).tr.insertText('\u0301', positions.textOffsetToDocPos(4));
    expect(docToArticleText(tr.doc, { text: saved.text, positions }, tr.mapping.invert()).text).toBe('Café');
  });
});
