/**
 * A User Timing mark set when the map has first drawn the year without its relief (the first
 * `idle`, after which the relief is added). `npm run bench` reads it for the cold start; the
 * bench's baseline pages set the same mark.
 */
export const FIRST_IDLE_MARK = 'war-atlas:first-idle';
