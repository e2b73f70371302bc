import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../../shared/ipc/errors';
import { fieldMessageOf, validateEdit } from '../../../renderer/src/metadata/edit-validation';
import { UNEXPECTED_ERROR_MESSAGE } from '../../../renderer/src/errors/user-message';

describe('validateEdit', () => {
  it('accepts valid edits and clearing a field', () => {
    expect(validateEdit({ publishedAt: '2025-02-28' })).toBeNull();
    expect(validateEdit({ language: 'en-GB' })).toBeNull();
    expect(validateEdit({ source: null })).toBeNull();
    expect(validateEdit({ tags: ['china', 'Russia 2025'] })).toBeNull();
  });

  it('answers with the contract’s own words', () => {
    expect(validateEdit({ publishedAt: '28.02.2025' })).toBe('Use a date such as 2025-02-28.');
    expect(validateEdit({ language: 'German' })).toBe('Use a language code such as de, en or fa.');
    expect(validateEdit({ title: '   ' })).toBe('The title cannot be empty.');
  });
});

describe('fieldMessageOf', () => {
  it('keeps only the reason from main’s validation message', () => {
    const error = new WorkbenchError(
      'invalid-argument',
      'Invalid request (edit.publishedAt: Use a date such as 2025-02-28.).',
    );
    expect(fieldMessageOf(error)).toBe('Use a date such as 2025-02-28.');
    const several = new WorkbenchError(
      'invalid-argument',
      'Invalid request (edit.url: Too long; edit.tags: Too many).',
    );
    expect(fieldMessageOf(several)).toBe('Too long.');
  });

  it('shows other failures as the user message', () => {
    expect(fieldMessageOf(new WorkbenchError('read-only', 'The project file is read-only.'))).toBe(
      'The project file is read-only.',
    );
    expect(fieldMessageOf(new WorkbenchError('invalid-argument', 'That is the file already open.'))).toBe(
      'That is the file already open.',
    );
    expect(fieldMessageOf(new TypeError('x is undefined'))).toBe(UNEXPECTED_ERROR_MESSAGE);
  });
});
