/**
 * The data's own names and texts in Kazakh and Russian (geo/i18n/*.json), looked up by id with
 * the English of the data as the fallback. English needs no table: `names` is then null.
 * Pure and DOM-free; the map and the panels call the same helpers.
 */

type Table<T = string> = Readonly<Record<string, T>>;

/** The shape of geo/i18n/kk.json and ru.json. */
export interface DataNames {
  polities: Table;
  places: Table;
  regions: Table;
  routes: Table<{ commander: string; note: string }>;
  events: Table<{ title: string; text: string }>;
  /** Basemap features by their English `name`: lakes, seas, rivers and ranges. */
  basemap: Table;
  /** Ranges whose English name is also a river's ("Ural"): the range's name. */
  basemapRanges: Table;
  polityFields: Table<{ name: string; shortName: string }>;
  regionFields: Table<{ name: string; note: string }>;
}

/** Sections whose entries are plain names. */
export type NameSection = 'polities' | 'places' | 'regions' | 'basemap' | 'basemapRanges';

/** An own property of an object, or undefined (ids arrive from URLs: `__proto__` must stay a key). */
function ownValue(table: unknown, key: string): unknown {
  if (typeof table !== 'object' || table === null || !Object.hasOwn(table, key)) return undefined;
  return (table as Record<string, unknown>)[key];
}

/** An own, non-empty string, or null. */
function ownText(table: unknown, key: string): string | null {
  const value = ownValue(table, key);
  return typeof value === 'string' && value !== '' ? value : null;
}

/** One field of an entry in a section of records (routes, events, polityFields, regionFields). */
const ownField = (names: DataNames, section: keyof DataNames, id: string, field: string) =>
  ownText(ownValue(ownValue(names, section), id), field);

/**
 * The localized name in `section` for `id`, or `fallback` (the data's English).
 *
 * @example localName(kk, 'places', 'sayram', 'Sayram') // 'Сайрам'
 */
export function localName(
  names: DataNames | null,
  section: NameSection,
  id: string,
  fallback: string,
): string {
  return (names && ownText(ownValue(names, section), id)) ?? fallback;
}

/** A polity's full or short (map label) name. */
export function localPolityName(
  names: DataNames | null,
  polity: { id: string; name: string; shortName: string },
  short = false,
): string {
  if (!names) return short ? polity.shortName : polity.name;
  const field = ownField(names, 'polityFields', polity.id, short ? 'shortName' : 'name');
  return field ?? (short ? polity.shortName : localName(names, 'polities', polity.id, polity.name));
}

/** A town, site or region by id, as placeInfo looks them up: places first, then regions. */
export function localPlaceName(names: DataNames | null, id: string, fallback: string): string {
  if (!names) return fallback;
  return ownText(names.places, id) ?? localRegionName(names, id, fallback);
}

export function localRegionName(names: DataNames | null, id: string, fallback: string): string {
  if (!names) return fallback;
  return ownField(names, 'regionFields', id, 'name') ?? localName(names, 'regions', id, fallback);
}

/** Why a region's outline is drawn where it is. */
export function localRegionNote(names: DataNames | null, id: string, fallback: string): string {
  return (names && ownField(names, 'regionFields', id, 'note')) ?? fallback;
}

export function localEventTitle(names: DataNames | null, event: { id: string; title: string }): string {
  return (names && ownField(names, 'events', event.id, 'title')) ?? event.title;
}

export function localEventText(names: DataNames | null, event: { id: string; text: string }): string {
  return (names && ownField(names, 'events', event.id, 'text')) ?? event.text;
}

export function localRouteCommander(
  names: DataNames | null,
  route: { id: string; commander: string },
): string {
  return (names && ownField(names, 'routes', route.id, 'commander')) ?? route.commander;
}

export function localRouteNote(names: DataNames | null, route: { id: string; note: string }): string {
  return (names && ownField(names, 'routes', route.id, 'note')) ?? route.note;
}

/**
 * A basemap feature's name by its English `name`. Ranges look in `basemapRanges` first, since
 * "Ural" is both a river (Урал / Жайық) and a range (Уральские горы / Орал таулары).
 *
 * @example localBasemapName(ru, 'ranges', 'Ural') // 'Уральские горы'
 */
export function localBasemapName(
  names: DataNames | null,
  layer: 'water' | 'rivers' | 'ranges',
  name: string,
): string {
  if (!names) return name;
  return (
    (layer === 'ranges' ? ownText(names.basemapRanges, name) : null) ??
    localName(names, 'basemap', name, name)
  );
}
