import { expect, test } from './support/browser-host';
import { createArticle, drawnAnnotationTexts, selectInArticle, storedAnnotations } from './support/annotation-page';

test('selecting one character of a Chinese name quoted in a German article labels the whole name', async ({ app }) => {
  await createArticle(
    app,
    'Wang Yi in Moskau',
    'Der chinesische Außenminister 王毅 traf am Montag in Moskau seinen russischen Amtskollegen.',
  );
  await selectInArticle(app, '王');
  await app.keyboard.press('1');
  await expect.poll(() => drawnAnnotationTexts(app)).toEqual(['王毅']);
  const [stored] = await storedAnnotations(app);
  expect(stored?.quote.exact).toBe('王毅');
});
