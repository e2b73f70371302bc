import type { TextFragment } from '../../shared/model/annotation';
import type { Block } from '../../shared/model/article';
import { invalid } from './store-input';
import { blockLayoutProblem } from '../../shared/text/block-layout';
import { splitsSurrogatePair } from '../../shared/text/surrogates';

/**
 * Refuses fragments that do not select whole characters of this article's text. Order and
 * emptiness are the model's (Fragments); this adds what only the text can tell. It checks fragments
 * being placed (a new or re-attached annotation), never stored ones: an orphan keeps the fragments
 * it had in an older text, which may reach past the end of the current one.
 */
export function checkFragmentsInText(text: string, fragments: readonly TextFragment[]): void {
  for (const { start, end } of fragments) {
    if (end > text.length) {
      throw invalid(
        `The selection ${start}–${end} reaches past the end of the article, which is ${text.length} characters long.`,
      );
    }
    if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
      throw invalid(
        `The selection ${start}–${end} cuts a character (such as an emoji) in half. Select whole characters.`,
      );
    }
  }
}

/**
 * Refuses a text structure that does not fit the text: blocks in text order, apart, inside the text
 * and on whole characters, as importers and plain-text paragraphs make them.
 */
export function checkBlocksInText(text: string, blocks: readonly Block[]): void {
  const layout = blockLayoutProblem(blocks, text.length);
  if (layout !== null) throw invalid(`The paragraphs do not fit the text: ${layout}`);
  blocks.forEach(({ start, end }, i) => {
    if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
      throw invalid(`Block ${i + 1} (${start}–${end}) cuts a character (such as an emoji) in half.`);
    }
  });
}
