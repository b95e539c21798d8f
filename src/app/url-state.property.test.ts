import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { softmax } from '@/math/softmax';
import { softmaxCrossEntropyHard } from '@/math/cross-entropy';
import { LOGIT_LIMIT, MAX_CLASSES, MIN_CLASSES } from '@/domain/playground-limits';
import { classNamesOf } from '@/state/playground';
import { initialPlayground, initialTrainSettings } from './initial-state';
import {
  hashTarget,
  linkedClassCount,
  NOTICE_VALUE_LENGTH,
  parseUrlState,
  serializeUrlState,
  shortenForNotice,
  type UrlState,
  URL_PARAMS,
  wellFormed,
} from './url-state';

/**
 * Reading a link is total: for any query string and any hash, the parser returns
 * a valid state and never throws. Bounded (a few hundred cases each, fixed seed):
 * the whole file runs in well under a second.
 */
const RUNS = { numRuns: 400, seed: 17 } as const;

const KEYS = URL_PARAMS;

/** Pieces that break naive decoding and parsing: stray and truncated escapes, separators, NUL, huge numbers. */
const NASTY = [
  '%', '%E0%A4%A', '%E0', '%ZZ', '%00', '%FF', '%2C', '%26', '%3D', '%25', '+', ',', '=', '&', '#', ' ',
  '-', '.', 'e', '1e309', '-0', 'NaN', 'Infinity', '0x10', '9999999999999999999999', '3', '10', '-1',
  'fashion', 'nonexistent', '__proto__', 'constructor', 'true', '1', '0', '<script>', '\u0000', '\uD800', '고양이',
] as const;

const piece = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.double().map(String),
  fc.integer({ min: -12, max: 12 }).map(String),
);
const value = fc.oneof(
  piece,
  fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(',')),
  fc.array(piece, { maxLength: 6 }).map((parts) => parts.join('')),
);
const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom<string>(...KEYS) }, fc.constantFrom(...NASTY), fc.string({ maxLength: 6 }));
const pair = fc.tuple(key, value, fc.boolean()).map(([k, v, withEquals]) => (withEquals ? `${k}=${v}` : k));
const query = fc.oneof(
  { weight: 4, arbitrary: fc.array(pair, { maxLength: 10 }).map((pairs) => `?${pairs.join('&')}`) },
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** Every invariant a parsed link must keep for the page to render it. */
function expectValid(state: UrlState) {
  // Only valid values survive a serialize → parse round trip unchanged and without notices.
  expect(parseUrlState(serializeUrlState(state))).toEqual({ state, notices: [] });
  const count = linkedClassCount(state);
  if (state.true !== undefined) expect(state.true).toBeLessThan(count);
  if (state.names && state.logits) expect(state.names).toHaveLength(state.logits.length);

  const playground = initialPlayground(state);
  const classes = playground.logits.length;
  expect(classes).toBeGreaterThanOrEqual(MIN_CLASSES);
  expect(classes).toBeLessThanOrEqual(MAX_CLASSES);
  expect(playground.logits.every((z) => Number.isFinite(z) && Math.abs(z) <= LOGIT_LIMIT)).toBe(true);
  expect(Number.isInteger(playground.trueClass) && playground.trueClass >= 0 && playground.trueClass < classes).toBe(true);
  expect(playground.softLabel).toHaveLength(classes);
  expect(classNamesOf(playground, 'en')).toHaveLength(classes);
  expect(classNamesOf(playground, 'ko')).toHaveLength(classes);
  // What the lessons compute first: these threw for ?true=3 and blanked the page.
  expect(softmax(playground.logits, playground.temperature).every(Number.isFinite)).toBe(true);
  expect(Number.isFinite(softmaxCrossEntropyHard(playground.logits, playground.trueClass))).toBe(true);

  const settings = initialTrainSettings(state);
  expect(settings.learningRate).toBeGreaterThan(0);
  expect(Number.isInteger(settings.batchSize) && settings.batchSize >= 1).toBe(true);
  expect(Number.isInteger(settings.epochs) && settings.epochs >= 1).toBe(true);
}

describe('parseUrlState is total', () => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  afterEach(() => {
    // The catch-all in parseUrlState logs: no generated link may reach it.
    expect(errors).not.toHaveBeenCalled();
  });

  it('returns a valid state, and never throws, for any query string', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { state, notices } = parseUrlState(search);
        expectValid(state);
        for (const notice of notices) {
          expect(KEYS).toContain(notice.param);
          expect(typeof notice.value).toBe('string');
        }
      }),
      RUNS,
    );
  });

  it('drops no parameter silently: each one present is applied or named in a notice', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { state, notices } = parseUrlState(search);
        const present = KEYS.filter((k) => new URLSearchParams(search).has(k));
        for (const k of present) {
          const applied = state[k] !== undefined;
          const reported = notices.some((n) => n.param === k);
          expect(applied || reported).toBe(true);
          expect(applied && reported).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('checks a true class against the classes the whole link describes', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: MIN_CLASSES, max: MAX_CLASSES }), { nil: undefined }),
        fc.integer({ min: 0, max: MAX_CLASSES - 1 }),
        (count, trueClass) => {
          const logits = count === undefined ? '' : `logits=${Array.from({ length: count }, (_, j) => j).join(',')}&`;
          const { state, notices } = parseUrlState(`?${logits}true=${trueClass}`);
          const classes = count ?? 3;
          expect(state.true).toBe(trueClass < classes ? trueClass : undefined);
          expect(notices).toEqual(trueClass < classes ? [] : [{ param: 'true', value: String(trueClass) }]);
        },
      ),
      RUNS,
    );
  });
});

describe('hashTarget is total', () => {
  it('never throws, and decodes what decodes', () => {
    const hashes = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.array(fc.constantFrom(...NASTY), { maxLength: 8 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(hashes, fc.boolean(), (text, withMark) => {
        const hash = withMark ? `#${text}` : text;
        const target = hashTarget(hash);
        const rest = hash.replace(/^#/, '');
        let decoded: string | null;
        try {
          decoded = decodeURIComponent(rest);
        } catch {
          decoded = null;
        }
        if (rest === '') expect(target).toBeNull();
        else expect(target).toBe(decoded ?? rest);
      }),
      RUNS,
    );
  });

  it('reads the issue’s malformed hashes literally', () => {
    expect(hashTarget('#%')).toBe('%');
    expect(hashTarget('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(hashTarget('#train')).toBe('train');
    expect(hashTarget('#cross%2Dentropy')).toBe('cross-entropy');
    expect(hashTarget('#')).toBeNull();
    expect(hashTarget('')).toBeNull();
  });
});

describe('shortenForNotice', () => {
  it('keeps short values and cuts long ones to the limit with an ellipsis', () => {
    expect(shortenForNotice('banana')).toBe('banana');
    const long = 'x'.repeat(10_000);
    const shown = shortenForNotice(long);
    expect(Array.from(shown)).toHaveLength(NOTICE_VALUE_LENGTH);
    expect(shown.endsWith('…')).toBe(true);
    expect(shortenForNotice('y'.repeat(NOTICE_VALUE_LENGTH))).toBe('y'.repeat(NOTICE_VALUE_LENGTH));
  });

  it('never splits a character made of two UTF-16 units, and never exceeds the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 2, max: 80 }), (text, max) => {
        const shown = shortenForNotice(text, max);
        expect(Array.from(shown).length).toBeLessThanOrEqual(Math.max(max, 0));
        expect(wellFormed(shown) === shown).toBe(wellFormed(text) === text);
        if (Array.from(text).length <= max) expect(shown).toBe(text);
      }),
      RUNS,
    );
  });
});
