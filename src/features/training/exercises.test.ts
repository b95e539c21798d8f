import { describe, expect, it } from 'vitest';
import { judgeNumber } from '@/ui/exercise-verdict';
import { DEFAULT_TRAIN_CONFIG } from '@/domain/training-config';
import { COST_TOLERANCE, HUGE_RATE, rateAnswer, stepsOf, TINY_RATE, vocabularyAnswer, vocabularyRows } from './exercises';

describe('the learning-rate questions', () => {
  it('lr = 1e5 diverges and lr = 1e-10 stalls, from the worked problem', () => {
    expect(rateAnswer(HUGE_RATE, DEFAULT_TRAIN_CONFIG).outcome).toBe('diverges');
    expect(rateAnswer(TINY_RATE, DEFAULT_TRAIN_CONFIG).outcome).toBe('stalls');
  });

  it('counts the steps of the form’s settings: 10 epochs of ⌈55,000 / 256⌉ = 215', () => {
    expect(stepsOf(DEFAULT_TRAIN_CONFIG)).toBe(10 * 215);
    expect(stepsOf({ batchSize: 256, epochs: 10 })).toBe(2350);
    const tiny = rateAnswer(TINY_RATE, { batchSize: 256, epochs: 10 });
    expect(tiny.maxWeightChange).toBeCloseTo(2.35e-7, 20);
  });
});

describe('a vocabulary of 50,000 words', () => {
  it('costs 25.6 million multiply-adds a word, 3,265 times ours', () => {
    const answer = vocabularyAnswer();
    expect(answer.words.multiplyAdds).toBe(25_600_000);
    expect(answer.ours.multiplyAdds).toBe(7840);
    expect(answer.ratio.toFixed(1)).toBe('3265.3');
    expect(answer.tree.decisions).toBe(16);
    expect(judgeNumber(2.5e7, answer.words.multiplyAdds, COST_TOLERANCE)).toBe('right');
    expect(judgeNumber(5e7, answer.words.multiplyAdds, COST_TOLERANCE)).toBe('close');
    expect(judgeNumber(50_000, answer.words.multiplyAdds, COST_TOLERANCE)).toBe('wrong');
  });

  it('grows linearly with q for the full softmax, logarithmically for the tree, not at all when sampled', () => {
    const rows = vocabularyRows();
    expect(rows.map((r) => r.full)).toEqual([5120, 512_000, 25_600_000, 512_000_000]);
    expect(rows.map((r) => r.hierarchical)).toEqual([4 * 512, 10 * 512, 16 * 512, 20 * 512]);
    expect(rows.map((r) => r.sampled)).toEqual([10 * 512, 101 * 512, 101 * 512, 101 * 512]);
  });
});
