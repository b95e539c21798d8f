import type { BarDatum } from './BarChart';
import { classColor } from './palette';

/**
 * One bar per class, in that class's palette colour, labelled with its name;
 * the class `highlighted` (a class id, or null for none) is outlined.
 */
export function classBars(names: readonly string[], values: readonly number[], highlighted: number | null): BarDatum[] {
  return values.map((value, j) => ({
    key: String(j),
    label: names[j] ?? '',
    value,
    color: classColor(j),
    highlight: j === highlighted,
  }));
}
