// The public surface of the atlas library.
export { WarAtlasElement, defineWarAtlas } from './element/WarAtlasElement.ts';
export type {
  YearState,
  Territory,
  AreaChange,
  YearEvent,
  YearRoute,
  Source,
  Certainty,
} from './model/types.ts';
