/**
 * The standalone page keeps year and place in its URL (`?year=1684&place=sayram`), so every
 * view can be linked. Only plain values go in and out; validation is the atlas's job.
 */
export interface UrlView {
  year: string | null;
  place: string | null;
  lang: string | null;
}

/** Reads the view from a query string; absurdly long values are dropped. */
export function readView(search: string): UrlView {
  const params = new URLSearchParams(search);
  const get = (key: string) => {
    const value = params.get(key);
    return value !== null && value.length <= 64 ? value : null;
  };
  return { year: get('year'), place: get('place'), lang: get('lang') };
}

/** The query string for a view, keeping other parameters as they were. */
export function writeView(
  search: string,
  view: { year: number; place: string | null; lang?: string | null },
): string {
  const params = new URLSearchParams(search);
  if (view.lang) params.set('lang', view.lang);
  params.set('year', String(view.year));
  if (view.place) params.set('place', view.place);
  else params.delete('place');
  return `?${params.toString()}`;
}
