/**
 * A printable worksheet of a question set: the map's picture, the questions with tick boxes, and
 * the answer key on a page of its own. One self-contained HTML document (no scripts, no requests
 * but the picture), so it can be opened in a new window and printed, or saved, as it is.
 */
import { SECTION_KEYS } from '../i18n/messages.ts';
import type { Localizer } from '../i18n/localizer.ts';
import type { Source } from '../model/types.ts';
import type { Question } from './question.ts';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe for HTML, in element content and in quoted attributes alike. The entities are
 * XML's too, so moodle.ts escapes for XML with the same function.
 *
 * @example escapeHtml('A & <b>') // 'A &amp; &lt;b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * The article's words behind an answer, quoted, with the section and the article they come
 * from: "“…” — Article “Kazakh–Dzungar War (1681–1684)”, Aftermath". Plain text.
 */
export function quoteWithSource(source: Source, text: Localizer): string {
  const section = text.t(SECTION_KEYS[source.section]);
  return text.t('worksheet.quote', { quote: source.quote, source: text.t('source.caption', { section }) });
}

/**
 * Only our own snapshot: a data: image or a blob: URL. Anything else (javascript:, a remote
 * http: image that would tell a server who prints the sheet) is dropped.
 */
function safePicture(url: string | null): string | null {
  return url !== null && /^(?:data:image\/|blob:)/i.test(url) ? url : null;
}

// The fonts are named, not embedded: the sheet stays small, and Georgia or any serif will do.
const STYLE = `
@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
body { margin: 0; font: 11pt/1.4 'Noto Serif', Georgia, serif; color: #000; background: #fff; }
h1, h2, .year, .student, .source { font-family: 'Noto Sans', Arial, sans-serif; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 14pt; margin: 0 0 4mm; }
.year { margin: 0 0 4mm; }
.student { display: flex; gap: 8mm; margin: 0 0 6mm; }
.student > span { display: flex; flex: 1; gap: 2mm; }
.student .line { flex: 1; border-bottom: 1px solid #000; }
.map { margin: 0 0 6mm; break-inside: avoid; text-align: center; }
.map img { max-width: 100%; max-height: 140mm; object-fit: contain; }
.questions { padding-left: 7mm; }
.question { margin: 0 0 5mm; break-inside: avoid; }
.prompt { margin: 0 0 2mm; }
.options { list-style: none; margin: 0 0 1mm; padding: 0; }
.options li { display: flex; gap: 2mm; align-items: baseline; margin: 0 0 1mm; }
.box { flex: none; width: 3.5mm; height: 3.5mm; border: 1px solid #000; }
.source { margin: 0; font-size: 9pt; color: #444; }
.answers { break-before: page; }
.answers li { margin: 0 0 3mm; break-inside: avoid; }
.answers p { margin: 0; }
.answers .quote { font-size: 9.5pt; }
`;

/**
 * The worksheet for `questions` as one HTML document in the atlas's language, for A4. The
 * source under each question names the section only: its quote would give the answer away, so
 * the quotes are in the answer key. `picture` is the map's snapshot (data: or blob: URL).
 *
 * @example worksheetHtml({ questions, text, picture: pngDataUrl, year: 1684, title: 'Class 7B' })
 */
export function worksheetHtml(input: {
  questions: Question[];
  text: Localizer;
  picture: string | null;
  year: number;
  title: string;
}): string {
  const { questions, text, year } = input;
  const e = escapeHtml;
  const picture = safePicture(input.picture);
  const label = (q: Question) => q.options.find((o) => o.id === q.answer)?.label ?? '';

  const items = questions.map(
    (q) => `<li class="question">
<p class="prompt">${e(q.prompt)}</p>
<ul class="options">
${q.options.map((o) => `<li><span class="box" aria-hidden="true"></span><span>${e(o.label)}</span></li>`).join('\n')}
</ul>
<p class="source">${e(text.t('worksheet.source', { section: text.t(SECTION_KEYS[q.source.section]) }))}</p>
</li>`,
  );
  const answers = questions.map(
    (q) => `<li>
<p class="answer"><strong>${e(label(q))}</strong></p>
<p class="quote">${e(quoteWithSource(q.source, text))}</p>
</li>`,
  );

  return `<!doctype html>
<html lang="${e(text.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data: blob:; style-src 'unsafe-inline'">
<title>${e(input.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${e(input.title)}</h1>
<p class="year">${e(text.t('worksheet.year', { year }))}</p>
<p class="student"><span>${e(text.t('worksheet.name'))}<span class="line"></span></span><span>${e(text.t('worksheet.date'))}<span class="line"></span></span></p>
</header>
${picture ? `<figure class="map"><img src="${e(picture)}" alt="${e(text.t('worksheet.mapAlt', { year }))}"></figure>\n` : ''}<p class="instructions">${e(text.t('worksheet.instructions'))}</p>
<ol class="questions">
${items.join('\n')}
</ol>
<section class="answers">
<h2>${e(text.t('worksheet.answers'))}</h2>
<ol>
${answers.join('\n')}
</ol>
</section>
</body>
</html>
`;
}
