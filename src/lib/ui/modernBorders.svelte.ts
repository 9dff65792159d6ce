/**
 * Today's borders, a reference layer the Legend switches on: fetched the first time it is on.
 * If they cannot be fetched the switch goes off again.
 */
import type { FeatureCollection } from 'geojson';
import type { Atlas } from '../atlas.svelte.ts';
import modernBordersUrl from '../../../geo/basemap/borders-modern.geojson?url';

/** Beside this chunk, wherever the atlas is served from (not the host page's address). */
const BORDERS_URL = new URL(modernBordersUrl, import.meta.url).href;

export class ModernBorders {
  data: FeatureCollection | null = $state.raw(null);

  /** Made while a component initialises: its effect lasts as long as that component. */
  constructor(atlas: Atlas) {
    $effect(() => {
      if (!atlas.overlays.modernBorders || this.data) return;
      fetch(BORDERS_URL)
        .then((r) => r.json())
        .then((json: FeatureCollection) => (this.data = json))
        .catch(() => (atlas.overlays.modernBorders = false));
    });
  }
}
