// The radar's geometry, in the SVG's own units: the centre is (0, 0), a score of 100 lies at
// `RADIUS`, and the viewBox leaves room around it for the axis numbers. The browser scales
// the whole drawing to the element's width, so nothing here knows about pixels.

export const RADIUS = 100;
/** Where the axis numbers sit, just outside the outer ring. */
export const LABEL_RADIUS = 117;
export const VIEW_BOX = '-132 -132 264 264';
/** Rings drawn behind the series, as scores. */
export const RINGS = [25, 50, 75, 100] as const;

export type Point = readonly [x: number, y: number];

// Two decimals are finer than any screen and keep the markup short.
const round = (v: number) => Math.round(v * 100) / 100 || 0;

/**
 * The point at `score` (0–100) on axis `i` of `n`: the first axis points up, the others
 * follow clockwise, as a reader goes round a clock.
 */
export function axisPoint(i: number, n: number, score: number, radius = RADIUS): Point {
  const angle = (2 * Math.PI * i) / n - Math.PI / 2;
  const r = (radius * Math.max(0, Math.min(100, score))) / 100;
  return [round(r * Math.cos(angle)), round(r * Math.sin(angle))];
}

/** The `points` attribute of a polygon or polyline. */
export function pointList(points: readonly Point[]): string {
  return points.map(([x, y]) => `${x},${y}`).join(' ');
}

/** The ring at `score` on `n` axes, as polygon points. */
export function ring(n: number, score: number): string {
  return pointList(Array.from({ length: n }, (_, i) => axisPoint(i, n, score)));
}

/**
 * A series' vertices, one per axis that has a score. A `null` score (a dimension that is not
 * applicable) is skipped: the outline goes round it rather than dipping to a false zero.
 */
export function seriesPoints(scores: readonly (number | null)[]): Point[] {
  const n = scores.length;
  return scores.flatMap((s, i) => (s === null ? [] : [axisPoint(i, n, s)]));
}

/** Where axis `i`'s number is written. */
export function labelPoint(i: number, n: number): Point {
  return axisPoint(i, n, 100, LABEL_RADIUS);
}
