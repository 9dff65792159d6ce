/**
 * Everything a component needs to speak one language, in one object: interface messages, the
 * data's names and texts, and numbers. Built from a language and its (lazily loaded) name table;
 * pure and DOM-free, so the panels and the map use the same words.
 */
import type { AtlasData } from '../model/atlasData.ts';
import { placeInfo } from '../model/places.ts';
import { formatArea, formatLength, formatNumber, formatYearRange } from './format.ts';
import {
  plural,
  translate,
  translateParts,
  type Lang,
  type MessageKey,
  type MessageParams,
  type PluralKey,
} from './messages.ts';
import {
  localBasemapName,
  localEventText,
  localEventTitle,
  localPlaceName,
  localPolityName,
  localRegionNote,
  localRouteCommander,
  localRouteNote,
  type DataNames,
} from './names.ts';

export class Localizer {
  constructor(
    readonly lang: Lang,
    readonly data: AtlasData,
    readonly names: DataNames | null,
  ) {}

  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.lang, key, params);
  }
  parts(key: MessageKey, params?: MessageParams) {
    return translateParts(this.lang, key, params);
  }
  plural(key: PluralKey, count: number, params?: MessageParams): string {
    return plural(this.lang, key, count, params);
  }
  number(n: number): string {
    return formatNumber(this.lang, n);
  }
  area(km2: number): string {
    return formatArea(this.lang, km2);
  }
  length(km: number): string {
    return formatLength(this.lang, km);
  }
  years(start: number, end: number): string {
    return formatYearRange(this.lang, start, end);
  }

  /** A polity's full or short name; "no single power" for none or an unknown id. */
  polity(id: string | null | undefined, short = false): string {
    const polity = this.data.polities.find((p) => p.id === id);
    if (!polity) return this.t('polity.none');
    return localPolityName(this.names, polity, short);
  }
  /** A place's or region's name by id (the id itself when unknown). */
  place(id: string): string {
    return localPlaceName(this.names, id, placeInfo(this.data, id)?.name ?? id);
  }
  regionNote(id: string, english: string): string {
    return localRegionNote(this.names, id, english);
  }
  eventTitle(event: { id: string; title: string }): string {
    return localEventTitle(this.names, event);
  }
  eventText(event: { id: string; text: string }): string {
    return localEventText(this.names, event);
  }
  commander(route: { id: string; commander: string }): string {
    return localRouteCommander(this.names, route);
  }
  routeNote(route: { id: string; note: string }): string {
    return localRouteNote(this.names, route);
  }
  basemap(layer: 'water' | 'rivers' | 'ranges', name: string): string {
    return localBasemapName(this.names, layer, name);
  }
}
