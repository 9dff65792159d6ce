/** Web Mercator tile arithmetic (XYZ scheme) for the relief tiles. */
export interface Bounds {
  west: number;
  east: number;
  south: number;
  north: number;
}

const lonToX = (lon: number, z: number) => ((lon + 180) / 360) * 2 ** z;
const latToY = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z;
};

/** The tiles at zoom z that a bounding box touches. */
export function tilesCovering(b: Bounds, z: number): { x: number; y: number }[] {
  const tiles: { x: number; y: number }[] = [];
  const x0 = Math.floor(lonToX(b.west, z));
  const x1 = Math.ceil(lonToX(b.east, z)) - 1;
  const y0 = Math.floor(latToY(b.north, z));
  const y1 = Math.ceil(latToY(b.south, z)) - 1;
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) tiles.push({ x, y });
  return tiles;
}

/** Longitude and latitude of a point given in pixels inside tile (z, x, y) of `size` px. */
export function lonLatOfTilePixel(
  z: number,
  x: number,
  y: number,
  px: number,
  py: number,
  size: number,
): [number, number] {
  const n = 2 ** z;
  const lon = ((x + px / size) / n) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * (y + py / size)) / n))) * 180) / Math.PI;
  return [lon, lat];
}
