/**
 * A question set as a Moodle XML question bank (https://docs.moodle.org/en/Moodle_XML_format),
 * for a teacher to import into a course and use in a Moodle quiz. Pure text in, text out.
 */
import type { Localizer } from '../i18n/localizer.ts';
import type { Question } from './question.ts';
import { escapeHtml, quoteWithSource } from './worksheet.ts';

/**
 * What XML 1.0 forbids (https://www.w3.org/TR/xml/#charsets): control characters other than
 * tab, newline and CR, U+FFFE/U+FFFF, and halves of surrogate pairs standing alone. One such
 * character makes Moodle reject the whole file, so they are dropped.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Plain text as XML character data (a name, an id number, a category path). */
const xml = (text: string) => escapeHtml(text.replace(NOT_XML, ''));

/**
 * Text for a `format="html"` element: Moodle parses the XML, then shows what it read as HTML, so
 * the text is escaped for HTML and the result again for XML ("A & B" is `A &amp;amp; B` in the
 * file). Entities rather than CDATA: one rule for every string, with no `]]>` to split.
 */
const html = (text: string) => xml(escapeHtml(text));

/** Moodle reads `/` in a category path as a level and `//` as a slash in a name. */
const categoryName = (name: string) => name.replace(/\//g, '//');

const NAME_KEYS = {
  holder: 'moodle.name.holder',
  when: 'moodle.name.when',
  where: 'moodle.name.where',
} as const;

/** One question: a single-answer multiple choice, one mark, a third off per wrong try. */
function multichoice(q: Question, n: number, text: Localizer): string {
  const answers = q.options.map(
    (o) => `    <answer fraction="${o.id === q.answer ? 100 : 0}" format="html">
      <text>${html(o.label)}</text>
      <feedback format="html"><text></text></feedback>
    </answer>`,
  );
  return `  <question type="multichoice">
    <name><text>${xml(text.t(NAME_KEYS[q.kind], { n: text.number(n) }))}</text></name>
    <questiontext format="html"><text>${html(q.prompt)}</text></questiontext>
    <generalfeedback format="html"><text>${html(quoteWithSource(q.source, text))}</text></generalfeedback>
    <defaultgrade>1</defaultgrade>
    <penalty>0.3333333</penalty>
    <hidden>0</hidden>
    <idnumber>${xml(q.id)}</idnumber>
    <single>true</single>
    <shuffleanswers>true</shuffleanswers>
    <answernumbering>abc</answernumbering>
${answers.join('\n')}
  </question>`;
}

/**
 * The Moodle XML file for `questions`, in the atlas's language. The questions go into the course
 * category `War Atlas/<category>` (the war's name in the language unless given; the parent keeps
 * one name so sets in every language sit together); `category: ''` leaves the category out, for
 * the one chosen on Moodle's import page. The general feedback shows the article's words.
 *
 * @example moodleXml(questions, text, { category: '7B, 1684' })
 */
export function moodleXml(
  questions: Question[],
  text: Localizer,
  options: { category?: string } = {},
): string {
  const name = options.category ?? text.t('title.heading');
  const category = name
    ? `  <question type="category">
    <category><text>${xml(`$course$/War Atlas/${categoryName(name)}`)}</text></category>
  </question>\n`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
${category}${questions.map((q, i) => multichoice(q, i + 1, text)).join('\n')}
</quiz>
`;
}
