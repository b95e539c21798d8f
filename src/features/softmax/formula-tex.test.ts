import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { softmaxSteps } from '@/math/softmax';
import { DEFINITION_TEX, LSE_TEX, SHIFT_TEX, SIGMOID_TEX, lseNumbersTex, sigmoidTex, stableTex, substitutedTex, texExp } from './formula-tex';
import { softmaxView } from './softmax-view';

const render = (tex: string) => katex.renderToString(tex, { throwOnError: true, trust: false, strict: 'ignore' });
const EVIL = ['<img src=x onerror=alert(1)>', '\\href{javascript:alert(1)}{x}', 'dog'];

describe('formula TeX', () => {
  it('every formula is valid TeX', () => {
    for (const tex of [DEFINITION_TEX, SHIFT_TEX, SIGMOID_TEX, LSE_TEX]) expect(() => render(tex)).not.toThrow();
  });

  it('writes the lessons’ notation: o for the logits, q for the number of classes', () => {
    expect(DEFINITION_TEX).toContain('\\exp(o_j/\\tau)');
    expect(DEFINITION_TEX).toContain('\\sum_{k=1}^{q}');
    expect(LSE_TEX).toContain('\\max_k o_k + \\log q');
    expect(SIGMOID_TEX).toContain('\\sigma(o_1 - o_2)');
    const all = [DEFINITION_TEX, SHIFT_TEX, SIGMOID_TEX, LSE_TEX, stableTex(softmaxSteps([1, 2, 3]), ['a', 'b', 'c'], 0), lseNumbersTex(3.4076, 3)];
    for (const tex of all) {
      expect(tex).not.toMatch(/z_|\\mathbf\{z\}/);
      expect(tex).not.toMatch(/\^\{n\}|\\log n\b/);
    }
  });

  it('substitutes the numbers: ŷ_cat = e^1/(e^1 + e^2 + e^3) = 2.7183/30.1929 = 0.0900', () => {
    const tex = substitutedTex(softmaxView([1, 2, 3], 1, true), ['cat', 'chicken', 'dog'], 0);
    expect(tex).toContain('\\text{cat}');
    expect(tex).toContain('\\frac{2.7183}{30.1929}');
    expect(tex).toContain('= 0.0900');
    expect(() => render(tex)).not.toThrow();
  });

  it('naive mode shows ∞/∞ = NaN; stable mode writes the true e^1000', () => {
    const naive = substitutedTex(softmaxView([1000, 999, 0], 1, false), ['a', 'b', 'c'], 0);
    expect(naive).toContain('\\frac{\\infty}{\\infty} = \\text{NaN}');
    const stable = substitutedTex(softmaxView([1000, 999, 0], 1, true), ['a', 'b', 'c'], 0);
    expect(stable).toContain('1.9701\\times 10^{434}');
    expect(stable).toContain('= 0.7311');
    expect(() => render(stable)).not.toThrow();
  });

  it('the stable form subtracts m', () => {
    const tex = stableTex(softmaxSteps([1, 2, 3]), ['cat', 'chicken', 'dog'], 2);
    expect(tex).toContain('m = 3.0000');
    expect(tex).toContain('e^{3.0000 - 3.0000}');
    expect(tex).toContain('= 0.6652');
  });

  it('shortens long sums with ⋯', () => {
    const tex = substitutedTex(softmaxView([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 1, true), Array(10).fill('c'), 0);
    expect(tex).toContain('\\cdots');
    expect(() => render(tex)).not.toThrow();
  });

  it('class names stay literal text: no HTML, no \\href', () => {
    const html = render(substitutedTex(softmaxView([1, 2, 3], 1, true), EVIL, 0));
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<a ');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const second = render(substitutedTex(softmaxView([1, 2, 3], 1, true), EVIL, 1));
    expect(second).not.toContain('href="javascript');
    expect(second).not.toContain('<a ');
    expect(second).toContain('href{javascript:alert(1)}{x}');
  });

  it('texExp is plain where it fits and scientific past the float range', () => {
    expect(texExp(0)).toBe('1.0000');
    expect(texExp(710)).toMatch(/^\d\.\d{4}\\times 10\^\{308\}$/);
  });

  it('the sigmoid link with numbers', () => {
    const tex = sigmoidTex([2, -1], 1, 0.9526, 0.9526);
    expect(tex).toContain('2.0000 - (-1.0000)');
    expect(tex).toContain('\\sigma(3.0000)');
    expect(sigmoidTex([2, 1], 0.5, 0.88, 0.88)).toContain('\\frac{2.0000 - 1.0000}{0.5000}');
  });
});
