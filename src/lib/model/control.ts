/** Who holds what at the end of each year, from events, holdings and the map. Build time only. */
import { booleanPointInPolygon } from '@turf/turf';
import { areaKm2, holderOf, holdingIn, overlap, type Area } from './territory.ts';
import { HISTORY_FILES, type DataProblem } from './validate.ts';
import type { HistoryEvent, HistorySource } from './types.ts';

/**
 * Who holds each place and region at the end of a year. Dated events (sieges, surrenders,
 * revolts) decide for the places they name; the territory map decides elsewhere. The two must
 * agree: a disagreement is a data error naming the event.
 */
export function controlIn(
  year: number,
  history: HistorySource,
  lands: Map<string, Area | null>,
  majority: Map<string, string>,
  problems: DataProblem[],
): Record<string, string> {
  const control: Record<string, string> = {};
  for (const place of history.places.features) {
    const id = place.properties.id;
    const onMap = [...lands].find(([, shape]) => shape && booleanPointInPolygon(place, shape))?.[0];
    const dated = lastControlEvent(id, year, history.events);
    if (dated && place.properties.tracked && dated.control![id] !== onMap) {
      problems.push({
        file: HISTORY_FILES.events,
        feature: dated.id,
        field: `control.${id}`,
        message: `in ${year} the events leave ${id} with ${dated.control![id]}, but the territory map gives it to ${onMap ?? 'nobody'} (check holdings.json)`,
      });
    }
    const holder = dated ? dated.control![id] : onMap;
    if (holder) control[id] = holder;
  }
  for (const region of history.regions.features) {
    const id = region.properties.id;
    if (!region.properties.labelled) continue;
    const holder = holderOf(id, year, history.holdings) ?? majority.get(id);
    if (holder) control[id] = holder;
  }
  return control;
}

/**
 * The places and regions whose holder in a year is the atlas's conjecture: no dated event says
 * who holds them, and the holding in force that gives them to that holder is marked
 * conjectural (Tashkent and Sayram before 1684: the article never says who held them).
 */
export function conjecturalHolders(
  year: number,
  history: HistorySource,
  regions: Map<string, Area>,
  control: Record<string, string>,
): string[] {
  const conjectural = (region: string, holder: string) => {
    const h = holdingIn(region, year, history.holdings);
    return h !== null && h.polity === holder && h.certainty === 'conjectural';
  };
  const ids: string[] = [];
  for (const place of history.places.features) {
    const id = place.properties.id;
    const holder = control[id];
    if (!holder || lastControlEvent(id, year, history.events)) continue;
    for (const [region, shape] of regions)
      if (conjectural(region, holder) && booleanPointInPolygon(place, shape)) {
        ids.push(id);
        break;
      }
  }
  for (const region of history.regions.features) {
    const id = region.properties.id;
    if (control[id] && conjectural(id, control[id])) ids.push(id);
  }
  return ids;
}

/**
 * The event each holder rests on: for a place, the last event naming its holder (when it names
 * the holder the map gives it); for a region, the event that began the holding in force. What
 * rests on no event (the situation the atlas opens with) is left out.
 */
export function controlBasis(
  year: number,
  history: HistorySource,
  control: Record<string, string>,
): Record<string, string> {
  const basis: Record<string, string> = {};
  for (const [id, holder] of Object.entries(control)) {
    const dated = lastControlEvent(id, year, history.events);
    if (dated) {
      if (dated.control![id] === holder) basis[id] = dated.id;
      continue;
    }
    const holding = holdingIn(id, year, history.holdings);
    if (holding?.event && holding.polity === holder) basis[id] = holding.event;
  }
  return basis;
}

/** For regions no holding covers: the polity holding at least half of each, if any. */
export function regionMajority(
  lands: Map<string, Area | null>,
  regions: Map<string, Area>,
  history: HistorySource,
): Map<string, string> {
  const majority = new Map<string, string>();
  for (const [id, shape] of regions) {
    if (history.holdings.some((h) => h.region === id)) continue;
    const total = areaKm2(shape);
    for (const [polity, land] of lands)
      if (areaKm2(overlap(shape, land)) >= total / 2) majority.set(id, polity);
  }
  return majority;
}

/** The last event up to `year` that says who holds `place`. */
export function lastControlEvent(place: string, year: number, events: HistoryEvent[]): HistoryEvent | null {
  let last: HistoryEvent | null = null;
  for (const e of events) if (e.year <= year && e.control && place in e.control) last = e;
  return last;
}
