/**
 * The standalone page keeps year and place in its URL (`?year=1684&place=sayram`), so every
 * view can be linked. Only plain values go in and out; validation is the atlas's job.
 */
export interface UrlView {
  year: string | null;
  place: string | null;
  lang: string | null;
  /** `relief=off` turns the relief off; the URL says nothing while it is on. */
  relief: string | null;
  /** `compare=1680`: the year the map is compared with. */
  compare: string | null;
  /** `quiz=4711`: Check yourself open with that set of questions (one link for a class). */
  quiz: string | null;
}

/** Reads the view from a query string; absurdly long values are dropped. */
export function readView(search: string): UrlView {
  const params = new URLSearchParams(search);
  const get = (key: string) => {
    const value = params.get(key);
    return value !== null && value.length <= 64 ? value : null;
  };
  return {
    year: get('year'),
    place: get('place'),
    lang: get('lang'),
    relief: get('relief'),
    compare: get('compare'),
    quiz: get('quiz'),
  };
}

/** The query string for a view, keeping other parameters as they were. */
export function writeView(
  search: string,
  view: {
    year: number;
    place: string | null;
    lang?: string | null;
    relief?: boolean;
    compare?: number | null;
    quiz?: number | null;
  },
): string {
  const params = new URLSearchParams(search);
  if (view.lang) params.set('lang', view.lang);
  params.set('year', String(view.year));
  if (view.place) params.set('place', view.place);
  else params.delete('place');
  if (view.relief === false) params.set('relief', 'off');
  else params.delete('relief');
  if (view.compare != null) params.set('compare', String(view.compare));
  else params.delete('compare');
  if (view.quiz != null) params.set('quiz', String(view.quiz));
  else params.delete('quiz');
  return `?${params.toString()}`;
}
