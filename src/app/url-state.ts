import { DEFAULT_PLAYGROUND } from '@/state/playground';
import { isPresetId } from '@/state/presets';
import { isLang, type Lang } from '@/ui/i18n';
import { BACKENDS, MODELS, OPTIMIZERS, SCALINGS, isOneOf, TRAIN_LIMITS, withinLimit, type BackendName, type InputScaling, type ModelKind, type NumberLimit, type OptimizerKind } from '@/domain/training-config';
import { isLogitInRange, MAX_CLASSES, MIN_CLASSES, TEMPERATURE_MAX, TEMPERATURE_MIN } from '@/domain/playground-limits';
import { exerciseLesson, isExerciseId } from './exercises';

/**
 * Every setting a link can carry (ui-contract.md, "Page and URL"). Each is
 * optional and validated on its own, then against the state the whole link
 * describes (a true class must be one of its classes): an invalid one is dropped
 * and reported, the rest still apply, and reading a link never throws.
 */
export const SECTION_IDS = ['classification', 'softmax', 'cross-entropy', 'data', 'train', 'mistakes', 'calibration', 'draw'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const THEMES = ['light', 'dark'] as const;

export interface UrlState {
  lang?: Lang;
  logits?: number[];
  tau?: number;
  true?: number;
  preset?: string;
  names?: string[];
  lr?: number;
  batch?: number;
  epochs?: number;
  model?: ModelKind;
  backend?: BackendName;
  optimizer?: OptimizerKind;
  scaling?: InputScaling;
  wd?: number;
  seed?: number;
  train?: number;
  test?: number;
  /** Training images held out for validation (TrainConfig.validationSize). */
  val?: number;
  sections?: SectionId[];
  presenter?: boolean;
  theme?: (typeof THEMES)[number];
  /** An exercise card to open and scroll to (ui-contract.md, "exercises"). */
  exercise?: string;
}

export interface UrlNotice {
  param: string;
  value: string;
}

export interface ParsedUrlState {
  state: UrlState;
  /** Parameters that were present but invalid, hence ignored. */
  notices: UrlNotice[];
}

type Validator = (raw: string) => unknown;

export const MAX_NAME_LENGTH = 40;

/** Lone UTF-16 surrogates, which encodeURIComponent refuses (it throws a URIError). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with each lone surrogate replaced by U+FFFD, as String.prototype.toWellFormed does. */
export const wellFormed = (text: string): string => text.replace(LONE_SURROGATE, '\uFFFD');

function validateNames(parts: string[]): string[] | undefined {
  const names = parts.map((s) => wellFormed(s).trim());
  return names.length >= MIN_CLASSES &&
    names.length <= MAX_CLASSES &&
    names.every((s) => s.length > 0 && s.length <= MAX_NAME_LENGTH)
    ? names
    : undefined;
}

const finite = (raw: string): number | undefined => {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(raw.trim())) return undefined;
  const n = Number(raw);
  // -0 is read as 0: the two are one setting, and the address should write it one way.
  return Number.isFinite(n) ? n + 0 : undefined;
};
/** A number within `limit` (src/domain), as the training form and the playground enforce it. */
const within = (limit: NumberLimit) => (raw: string) => {
  const n = finite(raw);
  return n !== undefined && withinLimit(limit, n) ? n : undefined;
};
const oneOf =
  <T extends string>(choices: readonly T[]) =>
  (raw: string): T | undefined =>
    isOneOf(choices, raw) ? raw : undefined;
const flag = (raw: string) => (raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : undefined);

const VALIDATORS: { [K in keyof UrlState]-?: Validator } = {
  lang: (raw) => (isLang(raw) ? raw : undefined),
  logits: (raw) => {
    const parts = raw.split(',');
    if (parts.length < MIN_CLASSES || parts.length > MAX_CLASSES) return undefined;
    const values = parts.map(finite);
    return values.every((v) => v !== undefined && isLogitInRange(v)) ? values : undefined;
  },
  tau: within({ min: TEMPERATURE_MIN, max: TEMPERATURE_MAX }),
  true: within({ min: 0, max: MAX_CLASSES - 1, integer: true }),
  preset: (raw) => (isPresetId(raw) ? raw : undefined),
  names: (raw) => validateNames(raw.split(',')),
  lr: within(TRAIN_LIMITS.learningRate),
  batch: within(TRAIN_LIMITS.batchSize),
  epochs: within(TRAIN_LIMITS.epochs),
  model: oneOf(MODELS),
  backend: oneOf(BACKENDS),
  optimizer: oneOf(OPTIMIZERS),
  scaling: oneOf(SCALINGS),
  wd: within(TRAIN_LIMITS.weightDecay),
  seed: within(TRAIN_LIMITS.seed),
  train: within(TRAIN_LIMITS.trainLimit),
  test: within(TRAIN_LIMITS.testLimit),
  val: within(TRAIN_LIMITS.validationSize),
  sections: (raw) => {
    const ids = raw.split(',');
    return ids.length > 0 && ids.every((id) => (SECTION_IDS as readonly string[]).includes(id))
      ? [...new Set(ids)]
      : undefined;
  },
  presenter: flag,
  theme: oneOf(THEMES),
  exercise: (raw) => (isExerciseId(raw) ? raw : undefined),
};

/** Every parameter this module reads from a link. */
export const URL_PARAMS = Object.keys(VALIDATORS) as (keyof UrlState)[];

const decodeQueryPart = (part: string): string => {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part; // A stray "%" is kept literally, as URLSearchParams does.
  }
};

/** The raw (still percent-encoded) value of the first `key=` in a query string. */
function rawParam(search: string, key: string): string | null {
  for (const pair of search.replace(/^\?/, '').split('&')) {
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    if (decodeQueryPart(name) === key) return eq < 0 ? '' : pair.slice(eq + 1);
  }
  return null;
}

/**
 * Parses a query string (`?logits=1,2,3&tau=0.5`). Unknown parameters are left
 * alone. Total: whatever the string, it returns a valid state and never throws.
 */
export function parseUrlState(search: string): ParsedUrlState {
  try {
    return parseQuery(search);
  } catch (error) {
    // Unreachable (every step is guarded, and property tests check it), but a link must never blank the page.
    console.error(error);
    return { state: {}, notices: [] };
  }
}

function parseQuery(search: string): ParsedUrlState {
  const params = new URLSearchParams(search);
  const state: Record<string, unknown> = {};
  const notices: UrlNotice[] = [];
  for (const [key, validate] of Object.entries(VALIDATORS)) {
    const raw = params.get(key);
    if (raw === null) continue;
    if (key === 'names') {
      // Class names may contain commas ("T-shirt, top"): split on the literal
      // commas of the query, then decode; serializeUrlState writes inner ones as %2C.
      const value = validateNames((rawParam(search, key) ?? '').split(',').map(decodeQueryPart));
      if (value === undefined) notices.push({ param: key, value: raw });
      else state[key] = value;
      continue;
    }
    const value = validate(raw);
    if (value === undefined) notices.push({ param: key, value: raw });
    else state[key] = value;
  }
  const parsed = state as UrlState;
  if (parsed.names && parsed.logits && parsed.names.length !== parsed.logits.length) {
    notices.push({ param: 'names', value: parsed.names.join(',') });
    delete parsed.names;
  }
  // A true class must exist among the classes the link describes (the default playground's, if it sets none).
  if (parsed.true !== undefined && parsed.true >= linkedClassCount(parsed)) {
    notices.push({ param: 'true', value: String(parsed.true) });
    delete parsed.true;
  }
  // An exercise must live in a lesson the link shows.
  const lesson = parsed.exercise === undefined ? undefined : exerciseLesson(parsed.exercise);
  if (parsed.exercise !== undefined && parsed.sections && lesson && !parsed.sections.includes(lesson)) {
    notices.push({ param: 'exercise', value: parsed.exercise });
    delete parsed.exercise;
  }
  return { state: parsed, notices };
}

/** The playground's class count for a link: its logits', else its names', else the default's. */
export const linkedClassCount = (state: UrlState): number =>
  state.logits?.length ?? state.names?.length ?? DEFAULT_PLAYGROUND.logits.length;

/**
 * The element id a location hash names (`#train` → `train`), or null for none.
 * Total: a malformed escape (`#%`, `#%E0%A4%A`) is taken literally, never thrown.
 */
export function hashTarget(hash: string): string | null {
  const raw = hash.replace(/^#/, '');
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Longest part of a rejected value a notice quotes; a link can carry thousands of characters. */
export const NOTICE_VALUE_LENGTH = 60;

/** A rejected value as a notice quotes it: at most `max` characters (whole code points), with an ellipsis if cut. */
export function shortenForNotice(value: string, max = NOTICE_VALUE_LENGTH): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`;
}

/** Percent-encodes like URLSearchParams (space as +), so the two halves of a query agree. */
const encodeQueryPart = (text: string): string => encodeURIComponent(wellFormed(text)).replace(/%20/g, '+');

const serialize = (value: unknown): string =>
  Array.isArray(value)
    ? value.map((v) => encodeQueryPart(String(v))).join(',')
    : encodeQueryPart(typeof value === 'boolean' ? (value ? '1' : '0') : String(value));

/**
 * Writes `state` into a query string, keeping parameters this module does not
 * own (in their original encoding). Keys set to undefined are removed. The
 * commas between list items stay readable; a comma inside an item is %2C.
 */
export function serializeUrlState(state: UrlState, currentSearch = ''): string {
  const owned = new Set<string>(Object.keys(VALIDATORS));
  const kept = currentSearch
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !owned.has(decodeQueryPart(pair.split('=')[0] ?? '')));
  const written = (Object.keys(VALIDATORS) as (keyof UrlState)[])
    .filter((key) => state[key] !== undefined)
    .map((key) => `${key}=${serialize(state[key])}`);
  const query = [...kept, ...written].join('&');
  return query ? `?${query}` : '';
}
