import { describe, expect, it } from 'vitest';
import { choiceRank, DEFAULT_DIAGNOSIS, diagnosisAnswer, OTHER_PAIR, pairAnswer } from './exercises';
import { confusedPairs } from '@/math/confusion-pairs';
import { confusionMatrix } from '@/math/metrics';

describe('the most confused pair, from the model’s predictions', () => {
  const labels = [0, 0, 0, 6, 6, 2, 2, 4, 1, 3];
  const preds = [6, 6, 0, 0, 6, 4, 4, 2, 1, 3];

  it('adds both directions and finds T-shirt ↔ shirt first, pullover ↔ coat close behind', () => {
    const answer = pairAnswer(labels, preds, 10, labels.length);
    expect(answer.top).toMatchObject({ a: 0, b: 6, count: 3 });
    expect(answer.right).toBe('0-6');
    expect(answer.close).toEqual(['2-4']);
  });

  it('looks only at the evaluated test images, and answers “other” for a pair not offered', () => {
    const answer = pairAnswer([8, 9, 8, 0], [9, 8, 9, 6], 10, 3);
    expect(answer.top).toMatchObject({ a: 8, b: 9, count: 3 });
    expect(answer.right).toBe(OTHER_PAIR);
  });

  it('ranks a choice', () => {
    const pairs = confusedPairs(confusionMatrix(labels, preds, 10));
    expect(choiceRank(pairs, '0-6')).toBe(0);
    expect(choiceRank(pairs, OTHER_PAIR)).toBe(-1);
  });
});

describe('deciding by expected cost (3.6, exercise 4)', () => {
  it('treats at P(disease) = 0.2 when a miss costs 50 and a false alarm 1', () => {
    const answer = diagnosisAnswer(DEFAULT_DIAGNOSIS);
    expect(answer.decision).toBe('treat');
    expect(answer.mostLikely).toBe('send-home');
    expect(answer.risks['send-home']).toBeCloseTo(10, 12);
    expect(answer.risks.treat).toBeCloseTo(0.8, 12);
    expect(answer.threshold.toFixed(4)).toBe('0.0196');
  });

  it('sends home when the costs are equal and the disease unlikely', () => {
    const answer = diagnosisAnswer({ probability: 0.2, missCost: 1, falseAlarmCost: 1 });
    expect(answer.decision).toBe('send-home');
    expect(answer.threshold).toBe(0.5);
  });
});
