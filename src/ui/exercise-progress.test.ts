import { describe, expect, it } from 'vitest';
import { parseProgress, summarizeProgress } from './exercise-progress';

describe('parseProgress', () => {
  it('reads what was stored', () => {
    const stored = { 'ch3.6-1': { answer: '5e21', verdict: 'right', truth: '5.1847 × 10²¹' }, 'add-five': { answer: null, verdict: null, truth: 'same' } };
    expect(parseProgress(JSON.stringify(stored))).toEqual(stored);
  });

  it('drops malformed entries one by one, and anything that is not an object', () => {
    const stored = {
      good: { answer: '1', verdict: 'close', truth: '1.1' },
      badVerdict: { answer: '1', verdict: 'maybe', truth: '1' },
      'no-truth': { answer: '1', verdict: 'right' },
      'Bad Id!': { answer: '1', verdict: 'right', truth: '1' },
    };
    expect(Object.keys(parseProgress(JSON.stringify(stored)))).toEqual(['good']);
    expect(parseProgress('not json')).toEqual({});
    expect(parseProgress('[1, 2]')).toEqual({});
    expect(parseProgress('null')).toEqual({});
    expect(parseProgress(null)).toEqual({});
  });
});

describe('summarizeProgress', () => {
  it('counts answered and right among the given ids only', () => {
    const progress = parseProgress(
      JSON.stringify({
        a: { answer: '1', verdict: 'right', truth: '1' },
        b: { answer: null, verdict: null, truth: '2' },
        gone: { answer: '1', verdict: 'right', truth: '1' },
      }),
    );
    expect(summarizeProgress(progress, ['a', 'b', 'c'])).toEqual({ answered: 2, right: 1 });
  });
});
