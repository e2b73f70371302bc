import { pick } from './seeded-random';

// Word pools in the languages analysts meet, with umlauts, Cyrillic, Persian and CJK, and emoji.
const WORDS = {
  de: 'Präsident Außenministerium Sicherheitsrat Föderation Gespräche Nachbarn Freundschaft Konsens Zusammenarbeit Peking Moskau Washington Bedrohung Erklärung Delegation Grüße über für während'.split(
    ' ',
  ),
  en: 'president ministry security council talks neighbours friendship consensus cooperation Beijing Moscow Washington threat statement delegation spokesperson reported arrived'.split(
    ' ',
  ),
  ru: 'президент министерство безопасность совет переговоры соседи дружба сотрудничество Пекин Москва Вашингтон угроза заявление делегация'.split(
    ' ',
  ),
  fa: 'رئیس جمهور وزارت امنیت شورای گفتگو همسایگان دوستی همکاری پکن مسکو واشنگتن تهدید بیانیه'.split(' '),
  zh: '主席 外交部 安全 理事会 会谈 邻国 友谊 共识 合作 北京 莫斯科 华盛顿 威胁 声明'.split(' '),
} as const;
const LANGUAGES = Object.keys(WORDS) as (keyof typeof WORDS)[];
const DECORATIONS = ['', '', '', ' 🇨🇳', ' 👍🏽', ' – ', ' „', '“ '];

export function sentence(random: () => number, language = pick(random, LANGUAGES)): string {
  const length = 8 + Math.floor(random() * 14);
  const words = Array.from({ length }, () => pick(random, WORDS[language]) + pick(random, DECORATIONS));
  const separator = language === 'zh' ? '' : ' ';
  return `${words.join(separator).trim()}${language === 'zh' ? '。' : '.'}`;
}

export function paragraph(random: () => number): string {
  const language = pick(random, LANGUAGES);
  return Array.from({ length: 2 + Math.floor(random() * 5) }, () => sentence(random, language)).join(' ');
}

export function plainArticle(random: () => number, paragraphs: number): string {
  return Array.from({ length: paragraphs }, () => paragraph(random)).join('\n\n');
}

export function htmlArticle(random: () => number, index: number): string {
  const title = sentence(random, 'de').slice(0, 80);
  const body = Array.from({ length: 6 + Math.floor(random() * 10) }, () => `<p>${paragraph(random)}</p>`).join('\n');
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="Bench News"><meta name="author" content="Autor ${index}">
<meta property="article:published_time" content="2025-02-${String(1 + (index % 28)).padStart(2, '0')}T10:00:00Z">
<link rel="canonical" href="https://bench.example/${index}"><script>track()</script></head>
<body><nav><a href="/">Start</a> <a href="/politik">Politik</a></nav><div class="cookie-banner">Cookies?</div>
<article><h1>${title}</h1><p class="byline">Von Autor ${index}</p>${body}</article>
<footer>© Bench News · Impressum · Datenschutz</footer></body></html>`;
}
