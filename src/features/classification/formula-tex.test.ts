import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { SIGMOID_EACH_TEX, SOFTMAX_ALL_TEX, networkTex } from './formula-tex';

const render = (tex: string) => katex.renderToString(tex, { throwOnError: true, trust: false, strict: 'ignore' });
const EVIL = ['<img src=x onerror=alert(1)>', '\\href{javascript:alert(1)}{x}', 'dog'];

describe('classification TeX', () => {
  it('o = Wx + b with the numbers', () => {
    const tex = networkTex([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]], [0.5, 0.25, 1, 0], [0.1, 0, 0], [0.6, 0.25, 1], ['cat', 'chicken', 'dog']);
    expect(tex).toContain('o_{\\text{cat}}');
    expect(tex).toContain('0.60');
    expect(() => render(tex)).not.toThrow();
  });

  it('class names stay literal text: no HTML, no \\href', () => {
    const html = render(networkTex([[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]], [0, 0, 0, 0], [0, 0, 0], [0, 0, 0], EVIL));
    expect(html).not.toContain('<a ');
    expect(html).not.toContain('<img');
  });

  it('the sigmoid and softmax formulas are valid TeX', () => {
    expect(() => render(SIGMOID_EACH_TEX)).not.toThrow();
    expect(() => render(SOFTMAX_ALL_TEX)).not.toThrow();
  });
});
