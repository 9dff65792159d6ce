import { beforeAll, describe, expect, it } from 'vitest';
import { testAtlas } from '../../../tests/unit/testAtlas.ts';
import type { AtlasData } from '../model/atlasData.ts';
import { stateAt } from '../model/yearState.ts';
import en from '../i18n/messages/en.json';
import { drawnLegend } from './legend.ts';

let data: AtlasData;
beforeAll(() => (data = testAtlas()));
const text = {
  t: (key: keyof typeof en) => en[key],
  polity: (id: string) => data.polities.find((p) => p.id === id)!.name,
};

describe('drawnLegend', () => {
  it('lists the powers holding land that year, the changed land and the marches drawn', () => {
    const labels = drawnLegend(
      stateAt(data, 1684),
      { relief: true, oldMap: false, modernBorders: false },
      text,
    ).map((e) => e.label);
    expect(labels).toEqual(
      expect.arrayContaining(['Dzungar Khanate', 'Kazakh Khanate', en['legend.changed']]),
    );
    expect(labels.some((l) => l.startsWith('March'))).toBe(true);
    expect(labels).not.toContain(en['legend.modernBorders']);
    expect(labels).toContain(en['legend.relief']);
    expect(labels).not.toContain(en['legend.oldMap']);
    expect(labels).toContain(en['legend.borderUncertain']);
  });
  it('leaves out what is not drawn: no change, no march in a quiet year', () => {
    const years = Array.from({ length: data.years.max - data.years.min }, (_, i) => data.years.min + 1 + i);
    const quiet = years.find(
      (y) => stateAt(data, y).routes.length === 0 && stateAt(data, y).changes.every((c) => c.gainedKm2 === 0),
    );
    expect(quiet).toBeDefined();
    const labels = drawnLegend(
      stateAt(data, quiet!),
      { relief: false, oldMap: true, modernBorders: true },
      text,
    ).map((e) => e.label);
    expect(labels).not.toContain(en['legend.changed']);
    expect(labels.some((l) => l.startsWith('March'))).toBe(false);
    expect(labels).toContain(en['legend.modernBorders']);
    expect(labels).not.toContain(en['legend.relief']);
    expect(labels).toContain(en['legend.oldMap']);
  });
});
