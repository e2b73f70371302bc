import { describe, expect, it } from 'vitest';
import { matchRank } from '../../../renderer/src/dom/match-rank';
import { filterItems } from '../../../renderer/src/dialogs/picker-dialog';

/** Part of the command palette as it is with the default schema: titles and keywords. */
const PALETTE = [
  { label: 'Label the selection as Person' },
  { label: 'Label the selection as Organisation' },
  { label: 'Label the selection as Claim' },
  { label: 'Add the selection as a piece', keywords: 'discontinuous fragment' },
  { label: 'Link the selected annotation to an entity…' },
  { label: 'Edit the note of the selected annotation', keywords: 'comment' },
  { label: 'Show the Annotations tab', keywords: 'details side panel' },
  { label: 'Show the Entities tab', keywords: 'details side panel' },
  { label: 'Next annotation' },
  { label: 'Delete the selected annotation', keywords: 'remove' },
  { label: 'Move the article to the trash', keywords: 'delete remove' },
].map((item) => ({ ...item, value: item.label }));

const listed = (query: string) => filterItems(PALETTE, query).map((item) => item.label);

describe('ranking picker entries against what is typed', () => {
  it('lists only names with a word starting with the query, not every label command', () => {
    expect(listed('entit')).toEqual(['Link the selected annotation to an entity…', 'Show the Entities tab']);
  });

  it('lists entries that match only by a keyword after those whose name matches', () => {
    expect(listed('dele')).toEqual(['Delete the selected annotation', 'Move the article to the trash']);
    expect(listed('remove')).toEqual(['Delete the selected annotation', 'Move the article to the trash']);
  });

  it('puts a name that starts with the query first, then the query at a word start, then inside a word', () => {
    expect(matchRank('Next annotation', '', 'next')).toBe(0);
    expect(matchRank('Show the Entities tab', '', 'entities tab')).toBe(1);
    expect(matchRank('Show the Entities tab', '', 'sh ent')).toBe(2);
    expect(matchRank('Show the Entities tab', '', 'ntit')).toBe(3);
    expect(matchRank('Move the article to the trash', 'delete remove', 'trash dele')).toBe(4);
    const labels = ['Relabel the selected annotation', 'Show all labels', 'Labels and colours', 'Label the selection'];
    expect(
      filterItems(
        labels.map((label) => ({ label, value: label })),
        'label',
      ).map((item) => item.value),
    ).toEqual(['Labels and colours', 'Label the selection', 'Show all labels', 'Relabel the selected annotation']);
  });

  it('does not list an entry where a typed word is only inside a keyword, or nowhere', () => {
    expect(listed('ment')).toEqual([]);
    expect(listed('comment')).toEqual(['Edit the note of the selected annotation']);
    expect(matchRank('Show the Entities tab', 'details side panel', 'entities xyz')).toBeNull();
  });

  it('ignores case and accents, and keeps the given order when nothing is typed', () => {
    expect(matchRank('Köln', '', 'KOLN')).toBe(0);
    expect(matchRank('Präsident Xi', '', 'xi')).toBe(1);
    expect(listed('  ')).toEqual(PALETTE.map((item) => item.label));
  });
});
