import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { D2L_BATCH, evaluateBatch, setCell, type BatchResult } from './batch-example';
import { MLE_TEX, likelihoodTex } from './likelihood-tex';

const evaluate = (draft = D2L_BATCH): BatchResult => {
  const result = evaluateBatch(draft);
  if (!result.ok) throw new Error('the batch must be valid');
  return result;
};

describe('likelihoodTex', () => {
  it('substitutes the lecture’s numbers: 0.1 × 0.5 = 0.05, 2.9957, / 2 = 1.4979', () => {
    const tex = likelihoodTex(evaluate(), 'nats', 'nats');
    expect(tex).toContain('0.1000 \\times 0.5000 = 0.0500');
    expect(tex).toContain('2.3026 + 0.6931 = 2.9957');
    expect(tex).toContain('\\frac{1}{2} \\cdot 2.9957 &= 1.4979');
  });

  it('uses log₂ and bits in bits', () => {
    const tex = likelihoodTex(evaluate(), 'bits', 'bits');
    expect(tex).toContain('-\\log_2 P');
    expect(tex).toContain((-Math.log2(0.05)).toFixed(4));
    expect(tex).toContain(((-Math.log2(0.05)) / 2).toFixed(4));
  });

  it('writes ∞ when a label gets probability 0', () => {
    const tex = likelihoodTex(evaluate(setCell(setCell(D2L_BATCH, 0, 0, 0), 0, 1, 0.4)), 'nats', 'nats');
    expect(tex).toContain('= 0.0000');
    expect(tex).toContain('\\infty');
  });

  it('renders with KaTeX, the derivation and the numbers alike', () => {
    for (const tex of [MLE_TEX, likelihoodTex(evaluate(), 'nats', '내트')]) {
      expect(() => katex.renderToString(tex, { throwOnError: true, displayMode: true })).not.toThrow();
    }
  });
});
