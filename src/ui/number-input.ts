/** Why a typed number was rejected; the view turns it into a message in the current language. */
export type NumberRejection = 'empty' | 'notNumber' | 'notFinite' | 'notInteger' | 'tooSmall' | 'tooLarge';

export interface NumberRules {
  min?: number;
  max?: number;
  integer?: boolean;
  /** Excludes `min` itself (a learning rate or temperature must be > 0). */
  exclusiveMin?: boolean;
}

export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: NumberRejection };

const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Parses what a student typed. Accepts plain and e-notation decimals only
 * (`Number('')` is 0 and `Number('0x10')` is 16, both of which would surprise).
 */
export function parseNumberInput(text: string, rules: NumberRules = {}): ParsedNumber {
  const trimmed = text.trim().replace(/^−/, '-');
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (!NUMBER_PATTERN.test(trimmed)) return { ok: false, reason: 'notNumber' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, reason: 'notFinite' };
  if (rules.integer && !Number.isInteger(value)) return { ok: false, reason: 'notInteger' };
  if (rules.min !== undefined && (value < rules.min || (rules.exclusiveMin && value === rules.min))) {
    return { ok: false, reason: 'tooSmall' };
  }
  if (rules.max !== undefined && value > rules.max) return { ok: false, reason: 'tooLarge' };
  return { ok: true, value };
}
