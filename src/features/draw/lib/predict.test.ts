import { describe, expect, it } from 'vitest';
import { linearLogits, scaleInput } from '@/math/linear-model';
import { probabilitiesAt } from '@/math/metrics';
import { mulberry32 } from '@/math/random';
import { softmax } from '@/math/softmax';
import { drawModelOf, nextMistake, predictDrawing, runnerUp, samePixels } from './predict';

const random = mulberry32(5);
const PIXELS = 784;
const weights = {
  epoch: 1,
  W: Float32Array.from({ length: PIXELS * 10 }, () => 0.02 * (random() - 0.5)),
  b: Float32Array.from({ length: 10 }, () => random() - 0.5),
};
const model = drawModelOf(weights, PIXELS);
const picture = Uint8Array.from({ length: PIXELS }, () => (random() < 0.3 ? Math.floor(random() * 256) : 0));

describe('predictDrawing', () => {
  it('predicts nothing for nothing drawn', () => {
    expect(predictDrawing(model, null)).toBeNull();
  });

  it('computes o = xW + b on the page, with unit scaling when the weights do not say', () => {
    const p = predictDrawing(model, picture)!;
    expect(p.source).toBe('page');
    const x = scaleInput(picture, new Float32Array(PIXELS), new Float32Array(PIXELS).fill(1 / 255));
    expect(p.x).toEqual(x);
    expect(p.logits).toEqual(linearLogits(model, x));
    expect(p.probs).toEqual(softmax(p.logits));
    expect(p.probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(p.predicted).toBe(p.logits.indexOf(Math.max(...p.logits)));
  });

  it('uses the scaling the weights came with', () => {
    const input = { scaling: 'raw' as const, offset: new Float32Array(PIXELS), scale: new Float32Array(PIXELS).fill(1) };
    const raw = predictDrawing(drawModelOf({ ...weights, input }, PIXELS), picture)!;
    expect(raw.x[picture.findIndex((v) => v > 0)]).toBeGreaterThan(1);
  });

  it('shows an evaluated test image with the evaluation’s own numbers, exactly as the Mistakes lesson does', () => {
    // The evaluation's float32 logits: the page's, rounded as the GPU would have stored them, slightly off.
    const page = linearLogits(model, scaleInput(picture, model.offset, model.scale));
    const logits = new Float32Array(3 * 10);
    logits.set(page.map((o) => o + 1e-6), 10);
    const p = predictDrawing(model, picture, { logits, classCount: 10, row: 1 })!;
    expect(p.source).toBe('model');
    expect(p.probs).toEqual(probabilitiesAt(logits, 10, 1));
    expect(p.logits).toEqual(Array.from(logits.subarray(10, 20)));
    expect(p.agreement).toBeLessThan(1e-5);
  });
});

describe('helpers', () => {
  it('compares pictures byte by byte and finds the runner-up class', () => {
    expect(samePixels(picture, picture.slice())).toBe(true);
    const edited = picture.slice();
    edited[100] = edited[100]! ^ 1;
    expect(samePixels(picture, edited)).toBe(false);
    expect(runnerUp([0.1, 0.6, 0.3])).toBe(2);
    expect(runnerUp([0.7, 0.1, 0.2])).toBe(2);
    expect(runnerUp([0.2, 0.5, 0.3, 0])).toBe(2);
  });

  it('steps through the mistakes, wrapping round', () => {
    const predictions = [0, 1, 2, 0, 4];
    const labels = [0, 2, 2, 3, 4];
    expect(nextMistake(predictions, labels, null)).toBe(1);
    expect(nextMistake(predictions, labels, 1)).toBe(3);
    expect(nextMistake(predictions, labels, 3)).toBe(1);
    expect(nextMistake([1, 2], [1, 2], null)).toBeNull();
  });
});
