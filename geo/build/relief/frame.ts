/** The atlas frame and the relief's tile pyramid: shared by the relief build and the map. */
export const FRAME = { west: 45, east: 120, south: 26, north: 58 } as const;

/** 512-px raster-dem tiles: zoom 4 is 22.8 px a degree, about the 30 of the source. */
export const RELIEF_MIN_ZOOM = 2;
export const RELIEF_MAX_ZOOM = 4;

/** The part of van Schagen's 1689 map laid over the atlas: the frame. */
export const SCHAGEN_BOUNDS = FRAME;
