import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../main/library/import/detect-language';
import { canonicalLanguageTag } from '../../../main/library/import/language-tag';
import { readSeedArticle } from '../support/seed-article';
import { CHINESE_SIMPLIFIED, JAPANESE, RUSSIAN } from './fixtures/foreign-texts';

describe('detectLanguage', () => {
  it.each([
    ['de', readSeedArticle()],
    [
      'en',
      'Responding to a question about media reports that Russian Security Council Secretary Sergei Shoigu arrived in Beijing on Friday for talks with the Chinese side, the spokesperson said the two countries maintain close exchanges.',
    ],
    ['ru', RUSSIAN],
    [
      'uk',
      'Президент України заявив, що країна продовжуватиме боротьбу за свою незалежність і територіальну цілісність, незважаючи на тиск із боку агресора.',
    ],
    [
      'fa',
      'رئیس جمهور چین روز جمعه در پکن با دبیر شورای امنیت فدراسیون روسیه دیدار کرد و بر دوستی دو کشور و همکاری‌های راهبردی تاکید کرد.',
    ],
    [
      'ar',
      'التقى الرئيس الصيني شي جين بينغ يوم الجمعة في بكين بأمين مجلس الأمن الروسي سيرغي شويغو، وأكد أن الصين وروسيا جارتان صديقتان وصديقان حقيقيان.',
    ],
    ['zh', CHINESE_SIMPLIFIED],
    ['ja', JAPANESE],
    [
      'fr',
      'Le président chinois a reçu vendredi à Pékin le secrétaire du Conseil de sécurité russe, et a souligné que la Chine et la Russie sont de bons voisins et de vrais amis.',
    ],
    [
      'es',
      'El presidente chino recibió el viernes en Pekín al secretario del Consejo de Seguridad de Rusia y subrayó que China y Rusia son buenos vecinos y verdaderos amigos.',
    ],
    [
      'tr',
      'Çin Devlet Başkanı Cuma günü Pekin’de Rusya Güvenlik Konseyi Sekreteri ile görüştü ve iki ülkenin iyi komşular ve gerçek dostlar olduğunu vurguladı.',
    ],
  ])('recognises %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('says nothing about text too short to tell', () => {
    expect(detectLanguage('Hallo')).toBeNull();
    expect(detectLanguage('12345 67890 12345 67890 12345 67890')).toBeNull();
  });
});

describe('canonicalLanguageTag (a language as a file states it)', () => {
  it.each([
    ['de', 'de'],
    ['de-de', 'de-DE'],
    ['en_US', 'en-US'],
    ['DEU', 'de'],
    ['zh-hans-cn', 'zh-Hans-CN'],
  ])('%s becomes %s', (raw, tag) => {
    expect(canonicalLanguageTag(raw)).toBe(tag);
  });

  it.each(['', 'und', 'x-default', 'not a language', '*'])('"%s" names no language', (raw) => {
    expect(canonicalLanguageTag(raw)).toBeNull();
  });
});
