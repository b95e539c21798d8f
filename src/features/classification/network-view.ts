import { DIVERGING_CSS_STOPS } from '@/ui/diverging-scale';

/**
 * The diagram's edge colours: the two ends of the diverging scale of the weight
 * templates (Mistakes lesson), so a positive weight is red and a negative one
 * blue in both pictures.
 */
export const POSITIVE_WEIGHT_COLOR = DIVERGING_CSS_STOPS[DIVERGING_CSS_STOPS.length - 1]!;
export const NEGATIVE_WEIGHT_COLOR = DIVERGING_CSS_STOPS[0]!;

const MIN_WIDTH = 0.75;
const WIDTH_PER_UNIT = 1.2;
const WIDTH_CAP = 3;

/** An edge's look: colour from the weight's sign (0 counts as positive), width from its size, capped at |w| = 3. */
export function edgeStyle(weight: number): { color: string; width: number } {
  return {
    color: weight >= 0 ? POSITIVE_WEIGHT_COLOR : NEGATIVE_WEIGHT_COLOR,
    width: MIN_WIDTH + Math.min(WIDTH_CAP, Math.abs(weight)) * WIDTH_PER_UNIT,
  };
}

/** A pixel value in [0, 1] (clamped) as an 8-bit gray level: 0 black, 255 white. */
export const grayShade = (value: number): number => Math.round(Math.min(1, Math.max(0, value)) * 255);
