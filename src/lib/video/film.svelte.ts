/**
 * The video's own map: a second Atlas and AtlasMap, mounted out of sight at the frame's map size,
 * so that the reader's map, year and camera stay as they were. It is drawn one frame at a time
 * on MapLibre's frozen clock (setNow), with no animation frames, so no frame is dropped on a slow
 * machine and it keeps going in a background tab.
 */
import { mount, tick, unmount } from 'svelte';
import * as maplibregl from 'maplibre-gl';
import { Atlas } from '../atlas.svelte.ts';
import type { AtlasData } from '../model/atlasData.ts';
import AtlasMap from '../map/AtlasMap.svelte';
import { OPENING } from '../map/camera.ts';
import { pictureNow, type MapPicture } from '../map/capture.ts';

/** What the reader's map shows that the video's map shows too. */
export interface FilmLayers {
  relief: boolean;
  oldMap: boolean;
  oldMapOpacity: number;
}

export class FilmMap {
  readonly atlas: Atlas;
  readonly #film = $state({ routeProgress: 0 });
  readonly #box: HTMLDivElement;
  #app: ReturnType<typeof mount>;
  #map: maplibregl.Map | null = null;
  #drawn = false;
  #picture: HTMLCanvasElement | undefined;

  /**
   * `size` is the map's box in CSS px, drawn at `pixelRatio`; `parent` must hold MapLibre's CSS
   * (the element's shadow root does).
   */
  constructor(
    parent: ParentNode,
    data: AtlasData,
    reader: Atlas,
    layers: FilmLayers,
    size: { width: number; height: number },
    readonly pixelRatio: number,
    assetBase: string,
  ) {
    this.atlas = new Atlas(data);
    this.atlas.lang = reader.lang;
    this.atlas.names = reader.names;
    this.atlas.mapStarted = true;
    this.#box = document.createElement('div');
    this.#box.className = 'film';
    this.#box.inert = true;
    this.#box.setAttribute('aria-hidden', 'true');
    // Out of sight but laid out at its full size: a map in a box of no size draws nothing.
    this.#box.style.cssText = `position:absolute;left:-100000px;top:0;width:${size.width}px;height:${size.height}px;pointer-events:none;`;
    parent.append(this.#box);
    const film = this.#film;
    this.#app = mount(AtlasMap, {
      target: this.#box,
      props: {
        atlas: this.atlas,
        get film() {
          return film;
        },
        reducedMotion: true,
        cooperative: true,
        relief: layers.relief,
        oldMap: layers.oldMap,
        oldMapOpacity: layers.oldMapOpacity,
        assetBase,
        onmap: (map: maplibregl.Map) => {
          this.#map = map;
          map.setPixelRatio(pixelRatio);
          map.getContainer().style.cssText = 'position:absolute;inset:0;';
          map.resize();
          map.fitBounds(OPENING.wide.bounds, { padding: 10, duration: 0 });
        },
        ondrawn: () => (this.#drawn = true),
      },
    });
  }

  /**
   * The map for one frame: `year`, its marches drawn to `routeProgress`, MapLibre's clock at
   * `ms`. Resolves once everything the frame shows has loaded.
   */
  async frame(year: number, routeProgress: number, ms: number): Promise<MapPicture> {
    this.atlas.year = year;
    this.#film.routeProgress = routeProgress;
    const map = await this.#settled();
    maplibregl.setNow(ms);
    try {
      const picture = pictureNow(map, this.#picture);
      this.#picture = picture.canvas;
      return picture;
    } finally {
      // The clock is the whole page's: the reader's map must not stop with it.
      maplibregl.restoreNow();
    }
  }

  /**
   * Waits until the map has the data for what is set. Until its first complete picture it is
   * drawn over and over (a draw is what asks for tiles and the relief); after that, a change of
   * year or of the marches is data for MapLibre's worker, and waiting is enough.
   */
  async #settled(): Promise<maplibregl.Map> {
    for (let first = !this.#drawn; ;) {
      // Svelte hands the year's data to MapLibre in a microtask; MapLibre to its worker.
      await tick();
      const map = this.#map;
      if (map && first) {
        map.redraw();
        await tick();
      }
      if (map && this.#drawn && map.loaded()) {
        if (!first) return map;
        // The first complete picture brings the relief in: one more round for its tiles.
        first = false;
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Takes the map away and gives its drawing context back. */
  close(): void {
    void unmount(this.#app);
    this.#box.remove();
    this.#map = null;
  }
}
