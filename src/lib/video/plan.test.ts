import { describe, expect, it } from 'vitest';
import { ROUTE_MS } from '../map/animation.ts';
import { frameAt, planTimelapse, TimelapseInputError, timelapseFileName } from './plan.ts';

const years = { min: 1635, max: 1700 };
const war = { start: 1681, end: 1684 };
const plan = (options: Parameters<typeof planTimelapse>[0]) => planTimelapse(options, years, war);
const refusal = (options: Parameters<typeof planTimelapse>[0]) => {
  try {
    plan(options);
  } catch (error) {
    return error instanceof TimelapseInputError ? error.key : 'other error';
  }
  return 'accepted';
};

describe('planTimelapse', () => {
  it('defaults to the war with a year on each side, 1.5 s a year, 720p at 30 frames a second', () => {
    expect(plan({})).toEqual({
      from: 1680,
      to: 1685,
      secondsPerYear: 1.5,
      width: 1280,
      height: 720,
      fps: 30,
      framesPerYear: 45,
      frames: 270,
    });
  });

  it('takes years, pace and size, as numbers or digits', () => {
    const p = plan({ from: '1683', to: 1684, secondsPerYear: '0.5', width: 640, height: '360' });
    expect(p).toMatchObject({ from: 1683, to: 1684, width: 640, height: 360, framesPerYear: 15, frames: 30 });
    expect(plan({ from: 1684, to: 1684 }).frames).toBe(45);
  });

  it('refuses junk with the reason', () => {
    expect(refusal({ from: 1600 })).toBe('video.badYears');
    expect(refusal({ to: 1701 })).toBe('video.badYears');
    expect(refusal({ from: 1685, to: 1683 })).toBe('video.badYears');
    expect(refusal({ from: 'soon' })).toBe('video.badYears');
    expect(refusal({ from: 1683.5 })).toBe('video.badYears');
    expect(refusal({ secondsPerYear: 0 })).toBe('video.badPace');
    expect(refusal({ secondsPerYear: 'fast' })).toBe('video.badPace');
    expect(refusal({ secondsPerYear: [2] })).toBe('video.badPace');
    expect(refusal({ secondsPerYear: 60 })).toBe('video.badPace');
    expect(refusal({ width: 641 })).toBe('video.badSize');
    expect(refusal({ height: 100 })).toBe('video.badSize');
    expect(refusal({ width: 8000 })).toBe('video.badSize');
    expect(refusal({ width: '1280px' })).toBe('video.badSize');
    expect(refusal({ from: 1681, to: 1682, secondsPerYear: 2, width: 1920, height: 1080 })).toBe('accepted');
  });
});

describe('frameAt', () => {
  const p = plan({ from: 1683, to: 1684, secondsPerYear: 3 });

  it('gives each year its own frames, in order', () => {
    expect(frameAt(p, 0).year).toBe(1683);
    expect(frameAt(p, p.framesPerYear - 1).year).toBe(1683);
    expect(frameAt(p, p.framesPerYear).year).toBe(1684);
    expect(frameAt(p, p.frames - 1).year).toBe(1684);
  });

  it("draws the year's marches from nothing to whole within the year, at the map's own pace", () => {
    expect(frameAt(p, 0).routeProgress).toBe(0);
    const whole = Math.ceil((ROUTE_MS / 1000) * p.fps);
    expect(frameAt(p, whole - 1).routeProgress).toBeLessThan(1);
    expect(frameAt(p, whole).routeProgress).toBe(1);
    expect(frameAt(p, p.framesPerYear - 1).routeProgress).toBe(1);
    expect(frameAt(p, p.framesPerYear).routeProgress).toBe(0);
  });

  it('draws them faster in a short year, whole for its last third', () => {
    const quick = plan({ secondsPerYear: 0.6 });
    expect(frameAt(quick, Math.ceil(quick.framesPerYear * (2 / 3))).routeProgress).toBe(1);
    expect(frameAt(quick, 3).routeProgress).toBeGreaterThan(0);
  });

  it('holds each year whole under reduced motion', () => {
    expect(frameAt(p, 0, true)).toEqual({ year: 1683, routeProgress: 1 });
  });
});

it('names the file by its years and format', () => {
  expect(timelapseFileName(1680, 1685, 'mp4')).toBe('war-atlas-1680-1685.mp4');
  expect(timelapseFileName(1681, 1684, 'webm')).toBe('war-atlas-1681-1684.webm');
});
