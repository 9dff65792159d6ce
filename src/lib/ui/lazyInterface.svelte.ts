/**
 * The interface comes in its own chunk (interface.ts) once the map has first drawn (or at once
 * where there is no map to wait for), so the first picture needs only the map's code, data and
 * fonts. Until then its places are kept, empty, at their size: the map is not resized under the reader.
 */
import type { Atlas } from '../atlas.svelte.ts';
import { after, timings } from '../timings.ts';

export type Interface = typeof import('./interface.ts');

export class LazyInterface {
  /** The chunk's components, once it has arrived. */
  module: Interface | null = $state.raw(null);
  #wanted = $state(false);

  /** Made while a component initialises: its effects last as long as that component. */
  constructor(atlas: Atlas) {
    $effect(() => {
      if (atlas.mapStatus !== 'ok') this.want();
    });
    // A map that is slow to draw (or never starts, out of view) never holds the controls back.
    $effect(() => after(timings().interfaceFallbackMs, () => this.want()));
    $effect(() => {
      if (!this.#wanted || this.module) return;
      import('./interface.ts')
        .then((module) => (this.module = module))
        .catch(() => atlas.notify(atlas.text.t('notice.interfaceFailed'), { lasting: true }));
    });
  }

  /** Loads the chunk now (the map has drawn). */
  want(): void {
    this.#wanted = true;
  }
}
