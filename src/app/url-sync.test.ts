import { describe, expect, it } from 'vitest';
import { classNamesOf, DEFAULT_PLAYGROUND, playgroundReducer, type PlaygroundAction, type PlaygroundState } from '@/state/playground';
import { DEFAULT_TRAIN_CONFIG } from '@/domain/training-config';
import { initialPlayground, initialTrainSettings } from './initial-state';
import { parseUrlState, SECTION_IDS, serializeUrlState } from './url-state';
import { pageToUrl, playgroundToUrl, shareUrl, trainConfigToUrl, trainParamsOf, type PageState } from './url-sync';

const play = (...actions: PlaygroundAction[]): PlaygroundState =>
  actions.reduce(playgroundReducer, DEFAULT_PLAYGROUND);

const page = (overrides: Partial<PageState> = {}): PageState => ({
  playground: DEFAULT_PLAYGROUND,
  lang: 'en',
  langInUrl: false,
  train: {},
  sections: SECTION_IDS,
  presenter: false,
  ...overrides,
});

/** What a reader of the link sees: the state initialPlayground rebuilds from the address. */
const reopen = (state: PlaygroundState, lang: 'en' | 'ko' = 'en') => {
  const { state: url, notices } = parseUrlState(serializeUrlState(pageToUrl(page({ playground: state, lang }))));
  expect(notices).toEqual([]);
  return initialPlayground(url);
};

const lessonOf = (state: PlaygroundState, lang: 'en' | 'ko' = 'en') => ({
  logits: state.logits,
  names: classNamesOf(state, lang),
  temperature: state.temperature,
  trueClass: state.trueClass,
});

describe('playgroundToUrl', () => {
  it('writes nothing for the untouched playground', () => {
    expect(playgroundToUrl(DEFAULT_PLAYGROUND, 'en')).toEqual({});
    expect(pageToUrl(page())).toEqual({});
  });

  it('writes only what changed', () => {
    expect(playgroundToUrl(play({ type: 'setTemperature', temperature: 0.5 }), 'en')).toEqual({ tau: 0.5 });
    expect(playgroundToUrl(play({ type: 'setLogit', index: 0, value: -2 }), 'en')).toEqual({ logits: [-2, 2, 3] });
    expect(playgroundToUrl(play({ type: 'setPreset', presetId: 'rps', lang: 'en' }), 'en')).toEqual({ preset: 'rps' });
  });

  it('names the preset when the class count would imply another one', () => {
    const tenAnimals = play({ type: 'setClassCount', count: 10, lang: 'en' });
    expect(playgroundToUrl(tenAnimals, 'en').preset).toBe('animals');
    const tenFashion = play({ type: 'setClassCount', count: 10, lang: 'en' }, { type: 'setPreset', presetId: 'fashion', lang: 'en' });
    expect(playgroundToUrl(tenFashion, 'en').preset).toBeUndefined();
  });

  it('keeps custom names linkable: trimmed, at most 40 characters, never empty', () => {
    const state = play(
      { type: 'setClassName', index: 0, name: `  ${'x'.repeat(50)}`, lang: 'en' },
      { type: 'setClassName', index: 1, name: '   ', lang: 'en' },
    );
    expect(playgroundToUrl(state, 'en').names).toEqual(['x'.repeat(40), 'class 2', 'dog']);
  });

  it('leaves out logits a link cannot carry rather than write an invalid link', () => {
    expect(playgroundToUrl(play({ type: 'setLogit', index: 0, value: 5000 }), 'en').logits).toBeUndefined();
  });
});

describe('a link reopens the lesson it was made from', () => {
  const cases: [string, PlaygroundState][] = [
    ['defaults', DEFAULT_PLAYGROUND],
    ['edited logits, temperature and true class', play(
      { type: 'setLogits', logits: [0.25, -3.5, 7.125] },
      { type: 'setTemperature', temperature: 2.75 },
      { type: 'setTrueClass', trueClass: 2 },
    )],
    ['ten Fashion-MNIST classes', play({ type: 'setClassCount', count: 10, lang: 'en' }, { type: 'setPreset', presetId: 'fashion', lang: 'en' }, { type: 'setTrueClass', trueClass: 9 })],
    ['ten classes on the animals preset', play({ type: 'setClassCount', count: 10, lang: 'en' }, { type: 'setTrueClass', trueClass: 4 })],
    ['scissors, rock, paper', play({ type: 'setPreset', presetId: 'rps', lang: 'en' })],
    ['custom names with commas and ampersands', play(
      { type: 'setClassCount', count: 4, lang: 'en' },
      { type: 'setClassName', index: 0, name: 'T-shirt, top', lang: 'en' },
      { type: 'setClassName', index: 3, name: 'a & b = c?', lang: 'en' },
    )],
    ['gradient-step values', play({ type: 'setLogits', logits: [1.0000000000000002, 2 / 3, -Math.PI] })],
  ];
  for (const [name, state] of cases) {
    it(name, () => expect(lessonOf(reopen(state))).toEqual(lessonOf(state)));
  }

  it('in Korean, custom names included', () => {
    const state = play({ type: 'setClassName', index: 1, name: '병아리', lang: 'ko' });
    expect(lessonOf(reopen(state, 'ko'), 'ko')).toEqual(lessonOf(state, 'ko'));
  });
});

describe('training settings', () => {
  it('writes nothing for the defaults', () => {
    expect(trainConfigToUrl(DEFAULT_TRAIN_CONFIG)).toEqual({});
  });

  it('maps every field to its parameter', () => {
    const config = {
      model: 'mlp',
      optimizer: 'adam',
      learningRate: 0.003,
      batchSize: 64,
      epochs: 3,
      weightDecay: 0.001,
      scaling: 'standardize',
      seed: 7,
      trainLimit: 2000,
      testLimit: 500,
      backend: 'wasm',
    } as const;
    const params = { lr: 0.003, batch: 64, epochs: 3, model: 'mlp', backend: 'wasm', optimizer: 'adam', scaling: 'standardize', wd: 0.001, seed: 7, train: 2000, test: 500 };
    expect(trainConfigToUrl(config)).toEqual(params);
    expect(parseUrlState(serializeUrlState(trainConfigToUrl(config)))).toEqual({ state: params, notices: [] });
  });

  it('round-trips through initialTrainSettings: a link reopens the same settings', () => {
    const links = [
      '',
      '?lr=0.5&epochs=2',
      '?model=mlp&optimizer=adam&backend=wasm&wd=0.01&seed=3&train=100&test=50&batch=32&scaling=raw',
      // The MLP's default optimizer is momentum, so plain SGD for it must be named.
      '?model=mlp',
      '?model=mlp&optimizer=sgd',
    ];
    for (const query of links) {
      const settings = initialTrainSettings(parseUrlState(query).state);
      const reopened = initialTrainSettings(parseUrlState(serializeUrlState(trainConfigToUrl(settings))).state);
      expect(reopened).toEqual(settings);
    }
    expect(trainConfigToUrl(initialTrainSettings({}))).toEqual({});
    expect(initialTrainSettings({ model: 'mlp' }).optimizer).toBe('momentum');
    expect(trainConfigToUrl({ ...DEFAULT_TRAIN_CONFIG, model: 'mlp', optimizer: 'sgd' })).toEqual({ model: 'mlp', optimizer: 'sgd' });
  });

  it('keeps the link\'s own training parameters until a setting changes', () => {
    const url = parseUrlState('?logits=1,2&lr=0.5&epochs=2&tau=3').state;
    expect(trainParamsOf(url)).toEqual({ lr: 0.5, epochs: 2 });
  });

  it('drops a value the parser would reject', () => {
    expect(pageToUrl(page({ train: { lr: -1, batch: 32 } }))).toEqual({ batch: 32 });
  });
});

describe('pageToUrl and shareUrl', () => {
  it('writes the sections only when some are hidden, in page order', () => {
    expect(pageToUrl(page({ sections: ['train', 'softmax'] })).sections).toEqual(['softmax', 'train']);
    expect(pageToUrl(page({ sections: [...SECTION_IDS].reverse() })).sections).toBeUndefined();
  });

  it('writes the language only when the address carries it', () => {
    expect(pageToUrl(page({ lang: 'ko' })).lang).toBeUndefined();
    expect(pageToUrl(page({ lang: 'ko', langInUrl: true })).lang).toBe('ko');
  });

  it('writes presenter mode and a linked theme', () => {
    expect(pageToUrl(page({ presenter: true, theme: 'dark' }))).toEqual({ presenter: true, theme: 'dark' });
  });

  it('shares the lesson and language, not the projector settings, and keeps the hash', () => {
    const location = { origin: 'https://example.org', pathname: '/softmax-lab/', search: '?presenter=1&theme=dark&ref=x', hash: '#train' };
    const state = page({
      playground: play({ type: 'setTemperature', temperature: 0.5 }),
      lang: 'ko',
      presenter: true,
      theme: 'dark',
      sections: ['softmax', 'cross-entropy'],
      train: { epochs: 2 },
    });
    expect(shareUrl(state, location)).toBe(
      'https://example.org/softmax-lab/?ref=x&lang=ko&tau=0.5&epochs=2&sections=softmax,cross-entropy#train',
    );
  });
});
