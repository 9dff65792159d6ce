// Computes the real atlas once per test run (about 7 s of turf on this machine) and hands it to
// every test file as JSON, which round-trips it exactly; tests/unit/atlas.test.ts still calls
// loadAtlas() itself, so the build step is tested as it is.
import type { TestProject } from 'vitest/node';
import { loadAtlas } from '../../geo/build/atlas-data.ts';

export default function setup(project: TestProject) {
  project.provide('atlasJson', JSON.stringify(loadAtlas()));
}
