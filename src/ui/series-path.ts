/**
 * An SVG path through `points`, in order, mapped to pixels by `xOf` and `yOf`:
 * "M x,y L x,y …", one decimal. A point whose pixel position is not finite (a NaN
 * loss, a value off the scale) ends the stretch, and the next finite point starts
 * a new one, so a gap shows as a gap rather than a line to the origin.
 */
export function seriesPath<P>(points: readonly P[], xOf: (point: P) => number, yOf: (point: P) => number): string {
  let path = '';
  let open = false;
  for (const point of points) {
    const x = xOf(point);
    const y = yOf(point);
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      open = false;
      continue;
    }
    path += `${open ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
    open = true;
  }
  return path;
}
