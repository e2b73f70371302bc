import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../../shared/ipc/errors';
import { InvalidArticleLayoutError } from '../../../renderer/src/article-view/article-to-doc';
import { UNEXPECTED_ERROR_MESSAGE, userMessageOf } from '../../../renderer/src/errors/user-message';

describe('userMessageOf', () => {
  it('shows WorkbenchError messages as written by main', () => {
    expect(userMessageOf(new WorkbenchError('disk-full', 'The disk is full.'))).toBe('The disk is full.');
  });

  it('explains an article whose blocks do not fit its text', () => {
    expect(userMessageOf(new InvalidArticleLayoutError('Block 2 ends past the text.'))).toBe(
      'This article cannot be shown: Block 2 ends past the text.',
    );
  });

  it('hides technical messages behind a general sentence', () => {
    expect(userMessageOf(new TypeError('Failed to fetch'))).toBe(UNEXPECTED_ERROR_MESSAGE);
    expect(userMessageOf('boom')).toBe(UNEXPECTED_ERROR_MESSAGE);
  });
});
