import { inject } from 'vitest';
import type { BuiltAtlas } from '../../src/lib/model/atlasData.ts';

/** The repo's atlas as `loadAtlas()` computes it, computed once per run: a fresh copy per call. */
export function testAtlas(): BuiltAtlas {
  return JSON.parse(inject('atlasJson')) as BuiltAtlas;
}
