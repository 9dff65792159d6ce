/**
 * Pictures of the map's canvas, for the snapshot and for printing. WebGL clears its drawing
 * buffer once a frame is shown, so the canvas is copied in the same task as a render.
 */
import type * as maplibregl from 'maplibre-gl';

export interface MapPicture {
  /** A 2D copy of the map, `pixelRatio` device px per CSS px. */
  canvas: HTMLCanvasElement;
  pixelRatio: number;
  /** Metres one CSS px covers, across the middle of the map (for a scale bar). */
  metresPerPx: number;
}

function copy(map: maplibregl.Map, target = document.createElement('canvas')): HTMLCanvasElement {
  const source = map.getCanvas();
  target.width = source.width;
  target.height = source.height;
  target.getContext('2d')?.drawImage(source, 0, 0);
  return target;
}

function metresPerPx(map: maplibregl.Map): number {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const span = Math.max(1, Math.round(w / 4));
  const a = map.unproject([w / 2 - span / 2, h / 2]);
  const b = map.unproject([w / 2 + span / 2, h / 2]);
  return a.distanceTo(b) / span;
}

/**
 * Draws the map at `pixelRatio` (2 for slides and print) and copies it. The map's own ratio is
 * raised for the picture and put back after; tiles and labels are given time to settle first.
 */
export async function captureMap(map: maplibregl.Map, pixelRatio: number): Promise<MapPicture> {
  const before = map.getPixelRatio();
  const raise = pixelRatio > before;
  if (raise) map.setPixelRatio(pixelRatio);
  try {
    await new Promise<void>((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });
    const canvas = await new Promise<HTMLCanvasElement>((resolve) => {
      map.once('render', () => resolve(copy(map)));
      map.triggerRepaint();
    });
    return { canvas, pixelRatio: map.getPixelRatio(), metresPerPx: metresPerPx(map) };
  } finally {
    if (raise) map.setPixelRatio(before);
  }
}

/**
 * Draws the map now, synchronously, into `target` (the print copy): the browser lays out a
 * printed page without running animation frames, so an asynchronous render would come too late.
 */
export function drawMapInto(map: maplibregl.Map, target: HTMLCanvasElement): void {
  pictureNow(map, target);
}

/**
 * The map as it draws now, synchronously, at its own pixel ratio: a video frame, taken without
 * waiting for an animation frame (which a background tab does not get).
 */
export function pictureNow(map: maplibregl.Map, target?: HTMLCanvasElement): MapPicture {
  map.redraw();
  return { canvas: copy(map, target), pixelRatio: map.getPixelRatio(), metresPerPx: metresPerPx(map) };
}
