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

/**
 * When an edit of a number box applies. Typing (and deleting) applies when the
 * student finishes: Enter or leaving the box (`onFinish`), so a prefix on the
 * way (`2` of `2.5`, `100` of `1001`) never applies, however slowly it is typed.
 * A step (the arrow keys, the spinner, the wheel) and a paste or drop are whole
 * values: they apply `now`. `inputType` is the InputEvent's (undefined for a
 * step, which the browser sends as a plain Event).
 */
export function commitTiming(inputType: string | undefined): 'now' | 'onFinish' {
  return inputType === undefined || inputType === '' || inputType === 'insertFromPaste' || inputType === 'insertFromDrop'
    ? 'now'
    : 'onFinish';
}
