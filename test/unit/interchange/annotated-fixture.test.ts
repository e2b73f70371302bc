import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp-dir';
import { createAnnotatedProject, describeAnnotations, describeRelations } from './support/annotated-fixture';

describe('the annotated fixture project', () => {
  const tempDir = useTempDir();

  it('holds two annotated articles whose texts were normalised from CRLF and NFD', () => {
    const { store, seedArticleId, multilingualArticleId } = createAnnotatedProject(tempDir());
    const multi = store.getArticle(multilingualArticleId);
    expect(multi.text).not.toContain('\r');
    expect(multi.text).toContain('Zoë');
    expect(describeAnnotations(store, seedArticleId).length).toBeGreaterThan(8);
    expect(describeAnnotations(store, multilingualArticleId).map((a) => a.text)).toContain('family … 👨‍👩‍👧');
    expect(describeRelations(store, seedArticleId)).toContain(
      'said_by: dass China und Russland freundliche Nachbarn und wahre Freunde seien → Xi Jinping',
    );
    store.close();
  });
});
