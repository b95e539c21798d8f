import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state';

const parse = (search: string) => parseUrlState(search);

/** Each parameter: raw values that must be accepted (with the parsed value) and rejected. */
const CASES: { param: keyof UrlState; valid: [string, unknown][]; invalid: string[] }[] = [
  { param: 'lang', valid: [['en', 'en'], ['ko', 'ko']], invalid: ['', 'fr', 'EN', 'ko-KR'] },
  {
    param: 'logits',
    valid: [
      ['1,2,3', [1, 2, 3]],
      ['-1000,1000', [-1000, 1000]],
      ['0.5,-2.25,1e2', [0.5, -2.25, 100]],
      ['1,2,3,4,5,6,7,8,9,10', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    ],
    invalid: ['', '1', '1,2,3,4,5,6,7,8,9,10,11', '1,,3', '1,NaN', '1,Infinity', '1001,0', '0x10,1', 'a,b', '1,2,'],
  },
  { param: 'tau', valid: [['1', 1], ['0.05', 0.05], ['20', 20], ['2.5', 2.5]], invalid: ['0', '0.04', '20.1', '-1', 'banana', ''] },
  // Alone, a true class is checked against the default playground's three classes.
  { param: 'true', valid: [['0', 0], ['2', 2]], invalid: ['3', '9', '-1', '10', '1.5', 'one', ''] },
  {
    param: 'preset',
    valid: [['fashion', 'fashion'], ['rps', 'rps'], ['animals', 'animals']],
    invalid: ['', 'nonexistent', 'Fashion', 'a b', 'x'.repeat(33), '<b>'],
  },
  {
    param: 'names',
    valid: [
      ['cat,dog', ['cat', 'dog']],
      ['%EA%B3%A0%EC%96%91%EC%9D%B4,%EA%B0%9C', ['고양이', '개']],
      ['T-shirt%2C+top,bag', ['T-shirt, top', 'bag']],
    ],
    invalid: ['cat', 'cat,,dog', `${'x'.repeat(41)},dog`, 'a,b,c,d,e,f,g,h,i,j,k'],
  },
  { param: 'lr', valid: [['0.1', 0.1], ['1e-4', 1e-4], ['1e5', 1e5]], invalid: ['0', '-0.1', '1e7', 'fast'] },
  { param: 'batch', valid: [['1', 1], ['256', 256], ['60000', 60000]], invalid: ['0', '60001', '12.5', '-3'] },
  { param: 'epochs', valid: [['1', 1], ['200', 200]], invalid: ['0', '201', '2.5'] },
  { param: 'model', valid: [['softmax', 'softmax'], ['mlp', 'mlp']], invalid: ['cnn', 'MLP', ''] },
  { param: 'backend', valid: [['webgl', 'webgl'], ['wasm', 'wasm'], ['cpu', 'cpu']], invalid: ['webgpu', ''] },
  { param: 'optimizer', valid: [['sgd', 'sgd'], ['momentum', 'momentum'], ['adam', 'adam']], invalid: ['rmsprop'] },
  { param: 'scaling', valid: [['raw', 'raw'], ['unit', 'unit'], ['standardize', 'standardize']], invalid: ['minmax'] },
  { param: 'wd', valid: [['0', 0], ['0.001', 0.001], ['10', 10]], invalid: ['-0.1', '11', 'none'] },
  { param: 'seed', valid: [['0', 0], ['42', 42], ['2147483647', 2147483647]], invalid: ['-1', '2147483648', '4.2'] },
  { param: 'train', valid: [['1', 1], ['2000', 2000], ['60000', 60000]], invalid: ['0', '60001', '1.5'] },
  { param: 'test', valid: [['1', 1], ['500', 500], ['10000', 10000]], invalid: ['0', '10001'] },
  {
    param: 'sections',
    valid: [
      ['softmax', ['softmax']],
      ['softmax,cross-entropy', ['softmax', 'cross-entropy']],
      ['train,train,data', ['train', 'data']],
      ['classification,softmax', ['classification', 'softmax']],
    ],
    invalid: ['', 'intro', 'softmax,', 'softmax,intro'],
  },
  { param: 'presenter', valid: [['1', true], ['true', true], ['0', false], ['false', false]], invalid: ['yes', ''] },
  { param: 'theme', valid: [['light', 'light'], ['dark', 'dark']], invalid: ['blue', 'Dark'] },
];

describe('parseUrlState, one parameter at a time', () => {
  for (const { param, valid, invalid } of CASES) {
    for (const [raw, expected] of valid) {
      it(`accepts ${param}=${raw}`, () => {
        const { state, notices } = parse(`?${param}=${raw}`);
        expect(notices).toEqual([]);
        expect(state[param]).toEqual(expected);
      });
    }
    for (const raw of invalid) {
      it(`ignores ${param}=${JSON.stringify(raw)} with a notice`, () => {
        // Names are split on the query's literal commas, so their cases are written raw.
        const written = param === 'names' ? raw : encodeURIComponent(raw);
        const { state, notices } = parse(`?${param}=${written}`);
        expect(state[param]).toBeUndefined();
        expect(notices).toEqual([{ param, value: raw }]);
      });
    }
  }
});

describe('parseUrlState, parameters together', () => {
  it('keeps the valid parameters when one is invalid', () => {
    const { state, notices } = parse('?logits=1,2&tau=banana&lr=0.5');
    expect(state).toEqual({ logits: [1, 2], lr: 0.5 });
    expect(notices).toEqual([{ param: 'tau', value: 'banana' }]);
  });

  it('leaves unknown parameters alone and reports nothing for them', () => {
    expect(parse('?utm_source=mail&x=1')).toEqual({ state: {}, notices: [] });
  });

  it('drops a true class that the linked classes do not have', () => {
    const { state, notices } = parse('?logits=1,2,3&true=3');
    expect(state).toEqual({ logits: [1, 2, 3] });
    expect(notices).toEqual([{ param: 'true', value: '3' }]);
    expect(parse('?names=a,b&true=1').state.true).toBe(1);
    expect(parse('?logits=1,2,3,4,5,6,7,8,9,10&true=9').state.true).toBe(9);
  });

  it('checks a true class against the default playground when the link sets no classes (?true=3)', () => {
    expect(parse('?true=3')).toEqual({ state: {}, notices: [{ param: 'true', value: '3' }] });
    expect(parse('?true=2&preset=fashion').state).toEqual({ true: 2, preset: 'fashion' });
  });

  it('checks a true class against the logits when names were dropped for disagreeing', () => {
    const { state, notices } = parse('?logits=1,2&names=a,b,c&true=2');
    expect(state).toEqual({ logits: [1, 2] });
    expect(notices.map((n) => n.param)).toEqual(['names', 'true']);
  });

  it('drops names whose count differs from the logits', () => {
    const { state, notices } = parse('?logits=1,2,3&names=a,b');
    expect(state).toEqual({ logits: [1, 2, 3] });
    expect(notices).toEqual([{ param: 'names', value: 'a,b' }]);
  });

  it('never throws on malformed escapes', () => {
    expect(() => parse('?names=%E0%A4%A,b&tau=%')).not.toThrow();
    expect(parse('?tau=%').notices).toEqual([{ param: 'tau', value: '%' }]);
  });
});

describe('serializeUrlState', () => {
  it('writes lists with readable commas and drops undefined keys', () => {
    expect(serializeUrlState({ logits: [1, -2.5, 3], tau: undefined, sections: ['softmax', 'train'] })).toBe(
      '?logits=1,-2.5,3&sections=softmax,train',
    );
    expect(serializeUrlState({})).toBe('');
  });

  it('keeps parameters it does not own, and replaces the ones it does', () => {
    expect(serializeUrlState({ tau: 2 }, '?utm_source=a%20b&tau=1&lr=0.1')).toBe('?utm_source=a%20b&tau=2');
  });

  it('escapes commas, ampersands and spaces inside class names', () => {
    const query = serializeUrlState({ names: ['T-shirt, top', 'a&b=c', '고양이'] });
    expect(query).toBe('?names=T-shirt%2C+top,a%26b%3Dc,%EA%B3%A0%EC%96%91%EC%9D%B4');
    expect(parse(query).state.names).toEqual(['T-shirt, top', 'a&b=c', '고양이']);
  });

  it('writes booleans as 1 and 0', () => {
    expect(serializeUrlState({ presenter: true })).toBe('?presenter=1');
    expect(serializeUrlState({ presenter: false })).toBe('?presenter=0');
  });
});

describe('round trip: parse(serialize(x)) = x', () => {
  const full: UrlState = {
    lang: 'ko',
    logits: [0.1, -3, 1000, 2.5e-7],
    tau: 0.3,
    true: 3,
    preset: 'fashion',
    names: ['T-shirt, top', 'Trouser & co', '풀오버', '100%'],
    lr: 0.001,
    batch: 64,
    epochs: 5,
    model: 'mlp',
    backend: 'wasm',
    optimizer: 'adam',
    scaling: 'standardize',
    wd: 0.0005,
    seed: 7,
    train: 2000,
    test: 500,
    sections: ['softmax', 'cross-entropy'],
    presenter: true,
    theme: 'dark',
  };

  it('holds for every parameter at once', () => {
    expect(parse(serializeUrlState(full))).toEqual({ state: full, notices: [] });
  });

  it('holds for random logits, temperatures and training settings', () => {
    // A fixed LCG keeps the test reproducible while covering many values.
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 300; trial++) {
      const count = 2 + Math.floor(random() * 9);
      const state: UrlState = {
        logits: Array.from({ length: count }, () => (random() - 0.5) * 2000 || 1),
        tau: 0.05 + random() * 19.95,
        true: Math.floor(random() * count),
        lr: 10 ** (-6 + random() * 7),
        batch: 1 + Math.floor(random() * 60000),
        seed: Math.floor(random() * 2 ** 31),
      };
      expect(parse(serializeUrlState(state))).toEqual({ state, notices: [] });
    }
  });
});
