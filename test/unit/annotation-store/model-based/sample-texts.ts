/**
 * What the model-based runs type: article texts in the stored form (NFC, `\n`), and the pieces
 * commands insert, name and note with. Names repeat so that annotate-all, re-anchoring and entity
 * matching meet more than one occurrence; the non-ASCII ones cover surrogate pairs (emoji, astral
 * CJK), combining marks with and without a composed form, CJK, and right-to-left scripts.
 */
const GERMAN_NEWS =
  'Der chinesische Präsident Xi Jinping hat in Peking den russischen Sicherheitsratssekretär Sergei ' +
  'Schoigu empfangen. Xi sagte, China und Russland seien wahre Freunde.\n\nSchoigu dankte Xi für den ' +
  'Empfang in Peking. Laut TASS sprachen beide über die Lage.';

const MULTILINGUAL =
  'Ministerin 👩🏽‍⚖️ Müller traf in 北京 den Minister 𠀀 Wang. Café für alle 🇩🇪!\n' +
  '«Привет», sagte он. سلام دوستان — שלום עולם. Die Ñ-Taste und n\u0308 bleiben.\n' +
  'Familie 👨‍👩‍👧 in 東京, Müller in Peking.';

const PERSIAN = 'وزیر امور خارجه در تهران گفت که مذاکرات ادامه دارد. Xi در پکن بود؛ سلام به 👍🏽 همه.';

const NEWS_EN = 'Officials in Berlin confirmed on Monday that Xi Jinping will visit. Berlin said the visit matters.';

const DENSE_UNICODE = '👍🏽👍🏽 e\u0301x\u0301 北京北京 𠀀𠀁 🇩🇪🇫🇷 שלום שלום ن\u0651 👨‍👩‍👧 q\u0307 Ǆ Å Å';

/** Texts the runs start with. */
export const START_TEXTS = [GERMAN_NEWS, MULTILINGUAL].map((text) => text.normalize('NFC'));

/** Texts that may be added as articles during a run; the first repeats a start text (a duplicate). */
export const MORE_TEXTS = [GERMAN_NEWS, PERSIAN, NEWS_EN, DENSE_UNICODE].map((text) => text.normalize('NFC'));

/** Texts dense in characters that break offset arithmetic, for the non-ASCII property. */
export const UNICODE_TEXTS = [MULTILINGUAL, DENSE_UNICODE, PERSIAN].map((text) => text.normalize('NFC'));

/** What text edits insert: words, nothing, line breaks, emoji, marks that combine with what precedes them. */
export const INSERTIONS = [
  '',
  'Xi',
  'Peking',
  'Schoigu',
  ' ',
  'neu ',
  '\n',
  'der Präsident ',
  '👍🏽',
  '北京',
  'سلام',
  'é',
  '\u0301',
  '\u0308',
  '\u200d',
  '🇩🇪',
  'Xi Jinping hat',
];

/** Values a command may use: mostly valid ones, and now and then one the store must refuse. */
export interface Pool<T> {
  readonly valid: readonly T[];
  readonly invalid: readonly T[];
}

/** Entity names and aliases, some equal but for case or spaces; invalid: empty, or with a line break. */
export const NAMES: Pool<string> = {
  valid: [
    'Xi Jinping',
    'Xi',
    'Sergei Schoigu',
    'Schoigu',
    'Müller',
    '北京大学',
    'سلام',
    ' Peking ',
    'Präsident Xi',
    'xi jinping',
  ],
  invalid: ['', 'line\nbreak'],
};

export const EXTERNAL_IDS: Pool<{ scheme: 'wikidata' | 'geonames' | 'url' | 'other'; value: string }> = {
  valid: [
    { scheme: 'wikidata', value: 'Q15031' },
    { scheme: 'wikidata', value: 'Q42' },
    { scheme: 'geonames', value: '2950159' },
    { scheme: 'url', value: 'https://example.org/xi' },
    { scheme: 'other', value: 'ABC-1' },
  ],
  invalid: [{ scheme: 'wikidata', value: 'X1' }],
};

/** A note near the limit (20,000 characters): two of them together are over it. */
export const LONG_NOTE = `Langer Vermerk: ${'Zitat geprüft. '.repeat(800)}`.trim();

export const NOTES: Pool<string> = {
  valid: ['Prüfen', '  Zitat prüfen  ', 'Laut TASS 🇷🇺', '北京?', LONG_NOTE],
  invalid: ['', '   '],
};

export const LABEL_NAMES: Pool<string> = {
  valid: ['Ministry', 'ministry', 'Quelle', 'Relevanz', 'Genre', 'Person', 'said_by'],
  invalid: ['', 'a\tb'],
};
export const COLORS: Pool<string> = { valid: ['#123456', '#abcdef', '#0072b2'], invalid: ['red'] };
export const HOTKEYS: Pool<string | null> = { valid: [null, '8', '9', 'a', 'b', '1'], invalid: ['AB'] };
export const DATES: Pool<string> = { valid: ['2025-02-28', '2025-02'], invalid: ['yesterday'] };
export const TITLES = ['Treffen in Peking', 'Staatsbesuch', 'سلام'];
