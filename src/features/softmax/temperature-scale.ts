import { TEMPERATURE_MAX } from '@/domain/playground-limits';

/**
 * The temperature slider is logarithmic: τ = 20^((s − 100)/100) for positions
 * s = 0…200, so τ runs from TEMPERATURE_MIN = 0.05 (s = 0) through 1 (s = 100,
 * the middle) to TEMPERATURE_MAX = 20 (s = 200), and each step multiplies τ by
 * the same factor (about 1.03).
 */
export const TEMPERATURE_STEPS = 200;
const MIDDLE = TEMPERATURE_STEPS / 2;
const BASE = TEMPERATURE_MAX;

/** τ at slider position s, rounded to 3 significant digits so the readout stays readable. */
export function temperatureAt(position: number): number {
  const s = Math.min(TEMPERATURE_STEPS, Math.max(0, position));
  return Number((BASE ** ((s - MIDDLE) / MIDDLE)).toPrecision(3));
}

/** The (fractional) slider position of τ; the inverse of temperatureAt before rounding. */
export function positionOf(temperature: number): number {
  return MIDDLE + (MIDDLE * Math.log(temperature)) / Math.log(BASE);
}
