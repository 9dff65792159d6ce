/** The copy-paste embeds shown by the Embed button, for a view. */
export interface EmbedView {
  year: number;
  place: string | null;
  lang: string;
  /** Whether the relief is shown (only "off" goes into the snippet). */
  relief?: boolean;
  /** The year compared with, if any. */
  compare?: number | null;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * @example embedSnippets('https://example.org/atlas/', { year: 1684, place: 'sayram', lang: 'en' }).iframe
 * // '<iframe src="https://example.org/atlas/embed.html?year=1684&amp;place=sayram&amp;lang=en" …'
 */
export function embedSnippets(base: string, view: EmbedView): { tag: string; iframe: string } {
  const root = base.endsWith('/') ? base : `${base}/`;
  const attrs = [
    `year="${view.year}"`,
    view.place ? `place="${escapeAttribute(view.place)}"` : '',
    `lang="${escapeAttribute(view.lang)}"`,
    view.relief === false ? 'relief="off"' : '',
    view.compare != null ? `compare="${Math.trunc(view.compare)}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const query = new URLSearchParams({
    year: String(view.year),
    ...(view.place ? { place: view.place } : {}),
    lang: view.lang,
    ...(view.relief === false ? { relief: 'off' } : {}),
    ...(view.compare != null ? { compare: String(Math.trunc(view.compare)) } : {}),
  });
  return {
    tag:
      `<script type="module" src="${escapeAttribute(root)}war-atlas.js"></script>\n` +
      `<war-atlas ${attrs} style="height: 600px"></war-atlas>`,
    iframe:
      `<iframe src="${escapeAttribute(`${root}embed.html?${query}`)}" title="Map of the Kazakh–Dzungar War, 1681–1684" ` +
      `width="100%" height="620" style="border: 0" loading="lazy" allow="fullscreen"></iframe>`,
  };
}

/**
 * The standalone page opening Check yourself with set `seed`, in `lang`: the link a teacher
 * gives the class so that everyone answers the same questions.
 */
export function quizLink(base: string, seed: number, lang: string): string {
  const root = base === '' ? './' : base.endsWith('/') ? base : `${base}/`;
  return `${root}?${new URLSearchParams({ quiz: String(Math.trunc(seed)), lang })}`;
}
