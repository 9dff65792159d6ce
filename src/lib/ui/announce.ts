/** What a screen reader hears after each year change (a polite live region in Atlas.svelte). */
import type { AtlasData } from '../model/atlasData.ts';
import type { YearState } from '../model/types.ts';
import type { Localizer } from '../i18n/localizer.ts';

/** The year, its events' titles and who holds each tracked place, in one sentence. */
export function yearAnnouncement(s: YearState, data: AtlasData, text: Localizer): string {
  const holders = data.places.features
    .filter((f) => f.properties.tracked)
    .map((f) =>
      text.t('announce.holder', {
        place: text.place(f.properties.id),
        polity: text.polity(s.control[f.properties.id], true),
      }),
    )
    .join('; ');
  const events = s.events.length
    ? text.plural('announce.events', s.events.length, {
        titles: s.events.map((e) => text.eventTitle(e)).join('; '),
      })
    : text.t('announce.noEvents');
  return text.t('announce.summary', { year: s.year, events, holders });
}
