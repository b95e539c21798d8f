import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NETWORK,
  DEFAULT_PLAYGROUND,
  classNamesOf,
  networkLogits,
  playgroundReducer,
  type PlaygroundAction,
  type PlaygroundState,
} from './playground';

const run = (actions: PlaygroundAction[], state: PlaygroundState = DEFAULT_PLAYGROUND) =>
  actions.reduce(playgroundReducer, state);

describe('playgroundReducer: logits and classes', () => {
  it('sets one logit without touching the others or the previous state', () => {
    const next = run([{ type: 'setLogit', index: 1, value: 7.5 }]);
    expect(next.logits).toEqual([1, 7.5, 3]);
    expect(DEFAULT_PLAYGROUND.logits).toEqual([1, 2, 3]);
  });

  it('grows and shrinks the class count, padding with 0 and keeping the per-class fields in step', () => {
    const grown = run([{ type: 'setTrueClass', trueClass: 2 }, { type: 'setClassCount', count: 5, lang: 'en' }]);
    expect(grown.logits).toEqual([1, 2, 3, 0, 0]);
    expect(grown.softLabel).toHaveLength(5);
    const shrunk = playgroundReducer(grown, { type: 'setClassCount', count: 2, lang: 'en' });
    expect(shrunk.logits).toEqual([1, 2]);
    expect(shrunk.trueClass).toBe(1);
    expect(shrunk.softLabel).toHaveLength(2);
  });

  it('setLogits replaces the vector and can change the class count', () => {
    const next = run([{ type: 'setLogits', logits: [1000, 999, 0, 5] }]);
    expect(next.logits).toEqual([1000, 999, 0, 5]);
    expect(next.softLabel).toHaveLength(4);
  });
});

describe('playgroundReducer: names', () => {
  it('uses preset names in the current language, "class k" past the preset', () => {
    expect(classNamesOf(DEFAULT_PLAYGROUND, 'en')).toEqual(['cat', 'chicken', 'dog']);
    expect(classNamesOf(DEFAULT_PLAYGROUND, 'ko')).toEqual(['고양이', '닭', '개']);
    const four = run([{ type: 'setClassCount', count: 4, lang: 'en' }]);
    expect(classNamesOf(four, 'en')[3]).toBe('class 4');
  });

  it('editing a name switches to custom names and keeps the text exactly as typed', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const next = run([{ type: 'setClassName', index: 0, name: evil, lang: 'en' }]);
    expect(next.presetId).toBe('custom');
    expect(classNamesOf(next, 'en')).toEqual([evil, 'chicken', 'dog']);
    // Custom names do not follow the language switch: they are the student's.
    expect(classNamesOf(next, 'ko')).toEqual([evil, 'chicken', 'dog']);
  });

  it('choosing a preset discards custom names', () => {
    const next = run([
      { type: 'setClassName', index: 0, name: 'x', lang: 'en' },
      { type: 'setPreset', presetId: 'rps', lang: 'en' },
    ]);
    expect(classNamesOf(next, 'en')).toEqual(['scissors', 'rock', 'paper']);
  });
});

describe('playgroundReducer: temperature and stability', () => {
  it('sets τ and the stable switch', () => {
    const next = run([
      { type: 'setTemperature', temperature: 0.05 },
      { type: 'setStable', stable: false },
    ]);
    expect(next.temperature).toBe(0.05);
    expect(next.stable).toBe(false);
    expect(DEFAULT_PLAYGROUND.stable).toBe(true);
  });

  it('starts in float64 and switches the number format without touching the logits', () => {
    expect(DEFAULT_PLAYGROUND.floatFormat).toBe('float64');
    const next = run([{ type: 'setFloatFormat', floatFormat: 'float32' }]);
    expect(next.floatFormat).toBe('float32');
    expect(next.logits).toEqual(DEFAULT_PLAYGROUND.logits);
    expect(next.stable).toBe(true);
    expect(run([{ type: 'setFloatFormat', floatFormat: 'float64' }], next).floatFormat).toBe('float64');
  });
});

describe('playgroundReducer: the network o = Wx + b', () => {
  it('starts manual, with the network computing its own outputs', () => {
    expect(DEFAULT_PLAYGROUND.source).toBe('manual');
    const o = networkLogits(DEFAULT_NETWORK);
    expect(o).toHaveLength(3);
    // o_1 = 1.5·0.9 − 0.5·0.2 + 0.8·0.6 − 1·0.1 + 0.1 = 1.73
    expect(o[0]).toBeCloseTo(1.73, 12);
  });

  it('switching to the network sets the logits to Wx + b with the network’s class names', () => {
    const next = run([{ type: 'setClassCount', count: 6, lang: 'en' }, { type: 'setSource', source: 'network' }]);
    expect(next.source).toBe('network');
    expect(next.logits).toEqual(networkLogits(DEFAULT_NETWORK));
    expect(classNamesOf(next, 'en')).toEqual(['cat', 'chicken', 'dog']);
    expect(next.softLabel).toHaveLength(3);
  });

  it('edits to pixels, weights and biases flow into the logits while the network drives them', () => {
    const next = run([
      { type: 'setSource', source: 'network' },
      { type: 'setPixel', index: 0, value: 0 },
      { type: 'setWeight', row: 2, col: 3, value: -2 },
      { type: 'setBias', index: 1, value: 1 },
    ]);
    expect(next.network.pixels[0]).toBe(0);
    expect(next.network.weights[2]![3]).toBe(-2);
    expect(next.network.biases[1]).toBe(1);
    expect(next.logits).toEqual(networkLogits(next.network));
    expect(DEFAULT_NETWORK.pixels[0]).toBe(0.9);
  });

  it('edits to the network leave hand-set logits alone', () => {
    const next = run([{ type: 'setBias', index: 0, value: 2 }]);
    expect(next.logits).toEqual([1, 2, 3]);
    expect(next.network.biases[0]).toBe(2);
  });

  it('setting a logit by hand (slider, gradient step) hands the logits back to the student', () => {
    const viaNetwork = run([{ type: 'setSource', source: 'network' }]);
    const one = playgroundReducer(viaNetwork, { type: 'setLogit', index: 0, value: 4 });
    expect(one.source).toBe('manual');
    expect(one.logits[0]).toBe(4);
    const all = playgroundReducer(viaNetwork, { type: 'setLogits', logits: [0, 0, 0] });
    expect(all.source).toBe('manual');
    const back = run([{ type: 'setSource', source: 'manual' }, { type: 'setPixel', index: 1, value: 1 }], viaNetwork);
    expect(back.logits).toEqual(viaNetwork.logits);
  });

  it('keeps names the student gave the three outputs', () => {
    const next = run([
      { type: 'setClassName', index: 1, name: 'hen', lang: 'en' },
      { type: 'setSource', source: 'network' },
    ]);
    expect(classNamesOf(next, 'en')).toEqual(['cat', 'hen', 'dog']);
  });
});

describe('playgroundReducer: replace', () => {
  it('repairs per-class fields that do not match the class count', () => {
    const next = run([
      { type: 'replace', state: { ...DEFAULT_PLAYGROUND, logits: [1, 2], trueClass: 5, softLabel: [1, 1, 1, 1] } },
    ]);
    expect(next.trueClass).toBe(1);
    expect(next.softLabel).toEqual([1, 1]);
  });
});

describe('playgroundReducer: shrinking the class count shelves, growing restores (issue 17)', () => {
  it('brings back the removed classes’ logits when the count grows again', () => {
    const edited = run([{ type: 'setLogits', logits: [1, 2, 7.25, -4] }]);
    const shrunk = playgroundReducer(edited, { type: 'setClassCount', count: 2, lang: 'en' });
    expect(shrunk.logits).toEqual([1, 2]);
    const regrown = run([{ type: 'setLogit', index: 0, value: 9 }, { type: 'setClassCount', count: 4, lang: 'en' }], shrunk);
    // The visible classes keep their new values; the shelved ones come back as they were.
    expect(regrown.logits).toEqual([9, 2, 7.25, -4]);
    expect(run([{ type: 'setClassCount', count: 6, lang: 'en' }], regrown).logits).toEqual([9, 2, 7.25, -4, 0, 0]);
  });

  it('survives several steps down and up (typing 2 on the way to 10 and back)', () => {
    const next = run([
      { type: 'setLogits', logits: [5, 6, 7] },
      { type: 'setClassCount', count: 2, lang: 'en' },
      { type: 'setClassCount', count: 10, lang: 'en' },
      { type: 'setClassCount', count: 3, lang: 'en' },
    ]);
    expect(next.logits).toEqual([5, 6, 7]);
  });

  it('keeps custom names of removed classes, and names of shelved classes renamed meanwhile', () => {
    const named = run([
      { type: 'setClassName', index: 2, name: 'owl', lang: 'en' },
      { type: 'setClassCount', count: 2, lang: 'en' },
    ]);
    expect(classNamesOf(named, 'en')).toEqual(['cat', 'chicken']);
    const renamed = run([{ type: 'setClassName', index: 0, name: 'lynx', lang: 'en' }, { type: 'setClassCount', count: 3, lang: 'en' }], named);
    expect(classNamesOf(renamed, 'en')).toEqual(['lynx', 'chicken', 'owl']);

    // Renaming while shrunk, from a preset: the shelved class keeps the preset's name.
    const fromPreset = run([
      { type: 'setClassCount', count: 2, lang: 'en' },
      { type: 'setClassName', index: 1, name: 'hen', lang: 'en' },
      { type: 'setClassCount', count: 3, lang: 'en' },
    ]);
    expect(classNamesOf(fromPreset, 'en')).toEqual(['cat', 'hen', 'dog']);
  });
});
