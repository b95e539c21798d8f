import { describe, expect, it } from 'vitest';
import { natsToBits, softmaxCrossEntropyHard } from '@/math/cross-entropy';
import katex from 'katex';
import { gradientDerivationTex, logZeroNumbers, logZeroTex, informationTex, lossFormulaTex, texLog } from './formulas';
import { lossView, resolveLabel } from './cross-entropy-view';

const LOGITS = [1, 2, 3];
const hardView = (stable = true) => lossView(LOGITS, resolveLabel('hard', 0, [], 3), stable);

describe('lossFormulaTex', () => {
  it('substitutes the math core’s numbers for a hard label (stable route)', () => {
    const tex = lossFormulaTex({
      mode: 'hard',
      view: hardView(),
      trueClass: 0,
      className: 'cat',
      unit: 'nats',
      stable: true,
      logits: LOGITS,
      unitLabel: 'nats',
    });
    expect(tex).toContain('-\\log 0.0900');
    expect(tex).toContain('3.4076 - 1.0000');
    expect(tex).toContain(`= ${softmaxCrossEntropyHard(LOGITS, 0).toFixed(4)}\\ \\text{nats}`);
    expect(tex).toContain('\\text{cat}');
    // The lessons' notation: o for the logits, the lecture's numbering (class 0 is c = 1).
    expect(tex).toContain('\\operatorname{LSE}(\\mathbf{o}) - o_{1}');
    expect(tex).not.toMatch(/z_|\\mathbf\{z\}/);
  });

  it('uses log₂ and divides by ln 2 in bits', () => {
    const tex = lossFormulaTex({
      mode: 'hard',
      view: hardView(),
      trueClass: 0,
      className: 'cat',
      unit: 'bits',
      stable: true,
      logits: LOGITS,
      unitLabel: 'bits',
    });
    expect(tex).toContain('-\\log_2 0.0900');
    expect(tex).toContain('\\ln 2');
    expect(tex).toContain(`${natsToBits(softmaxCrossEntropyHard(LOGITS, 0)).toFixed(4)}\\ \\text{bits}`);
  });

  it('shows −log 0 = ∞ by the naive route when ŷ_c underflows, and no 0 by the stable one', () => {
    const logits = [-400, 0, 400];
    const base = { mode: 'hard', trueClass: 0, className: 'cat', unit: 'nats', logits, unitLabel: 'nats' } as const;
    const naive = lossFormulaTex({ ...base, view: lossView(logits, [1, 0, 0], false), stable: false });
    expect(naive).toContain('-\\log 0.0000 = \\infty');
    const stable = lossFormulaTex({ ...base, view: lossView(logits, [1, 0, 0], true), stable: true });
    expect(stable).not.toContain('0.0000 =');
    expect(stable).toContain('400.0000 - (-400.0000) = 800.0000');
  });

  it('escapes a class name, so user text cannot become TeX commands', () => {
    const tex = lossFormulaTex({
      mode: 'hard',
      view: hardView(),
      trueClass: 0,
      className: '\\href{x}{y}_$',
      unit: 'nats',
      stable: true,
      logits: LOGITS,
      unitLabel: 'nats',
    });
    expect(tex).toContain('\\text{\\textbackslash{}href\\{x\\}\\{y\\}\\_\\$}');
    expect(tex).not.toContain('\\href{');
  });

  it('names the unit in the reader’s language', () => {
    const tex = lossFormulaTex({
      mode: 'hard',
      view: hardView(),
      trueClass: 0,
      className: '고양이',
      unit: 'nats',
      stable: true,
      logits: LOGITS,
      unitLabel: '내트',
    });
    expect(tex).toContain('2.4076\\ \\text{내트}');
  });

  it('writes out the soft-label sum with its non-zero terms', () => {
    const p = resolveLabel('soft', 0, [1, 0, 1], 3);
    const view = lossView(LOGITS, p, true);
    const tex = lossFormulaTex({ mode: 'soft', view, trueClass: 0, className: 'cat', unit: 'nats', stable: true, logits: LOGITS, unitLabel: 'nats' });
    expect(tex).toContain('0.5000 \\log 0.0900 + 0.5000 \\log 0.6652');
    expect(tex).not.toContain('\\log 0.2447');
    expect(tex).toContain(`= ${view.loss.toFixed(4)}\\ \\text{nats}`);
  });
});

describe('informationTex', () => {
  it('gives H(p), H(p, ŷ) and their difference', () => {
    const view = lossView(LOGITS, resolveLabel('soft', 0, [1, 1, 2], 3), true);
    const tex = informationTex(view, 'nats', 'soft');
    const h = view.labelEntropy.toFixed(4);
    const ce = view.loss.toFixed(4);
    expect(tex.entropy).toMatch(new RegExp(`= ${h}$`));
    expect(tex.crossEntropy).toMatch(new RegExp(`= ${ce}$`));
    expect(tex.kl).toContain(`${ce} - ${h} = ${view.kl.toFixed(4)}`);
    expect(informationTex(view, 'bits', 'soft').entropy).toMatch(new RegExp(`= ${natsToBits(view.labelEntropy).toFixed(4)}$`));
  });
});

describe('logZeroTex', () => {
  it('shows both routes with their numbers', () => {
    const numbers = logZeroNumbers([-400, 0, 400], 0);
    expect(numbers.probability).toBe(0);
    expect(numbers.naiveLoss).toBe(Infinity);
    expect(numbers.stableLoss).toBeCloseTo(800, 9);
    const tex = logZeroTex(numbers, 0, 'nats');
    expect(tex.naive).toBe('-\\log \\hat{y}_{1} = -\\log 0.0000 = \\infty');
    expect(tex.stable).toContain('400.0000 - (-400.0000)');
    expect(tex.stable).toContain('= 800.0000\\end{aligned}');
    expect(logZeroTex(numbers, 0, 'bits').stable).toContain('= 1154.1560\\end{aligned}');
  });

  it('agrees between routes for moderate logits', () => {
    const tex = logZeroTex(logZeroNumbers(LOGITS, 0), 0, 'nats');
    expect(tex.naive).toMatch(/= 2\.4076$/);
    expect(tex.stable).toContain('= 2.4076\\end{aligned}');
  });

  it('writes o for the logits', () => {
    const tex = logZeroTex(logZeroNumbers(LOGITS, 2), 2, 'nats');
    expect(tex.stable).toContain('\\operatorname{LSE}(\\mathbf{o}) - o_{3}');
    expect(tex.stable).not.toMatch(/z_|\\mathbf\{z\}/);
  });

  it('picks the logarithm for the unit', () => {
    expect(texLog('nats')).toBe('\\log');
    expect(texLog('bits')).toBe('\\log_2');
  });
});

describe('gradientDerivationTex', () => {
  const render = (tex: string) => katex.renderToString(tex, { throwOnError: true, strict: 'ignore' });

  it('derives ∂l/∂o_j = ŷ_j − y_j for a one-hot label', () => {
    const tex = gradientDerivationTex('hard');
    expect(tex).toContain('\\frac{\\partial \\ell}{\\partial o_j}');
    expect(tex).toContain('\\hat{y}_j - y_j');
    expect(tex).not.toMatch(/z_|\\mathbf\{z\}|p_j/);
    expect(() => render(tex)).not.toThrow();
  });

  it('writes the soft label’s own symbol: ŷ_j − p_j', () => {
    const tex = gradientDerivationTex('soft');
    expect(tex).toContain('\\hat{y}_j - p_j');
    expect(tex).toContain('\\textstyle\\sum_j p_j = 1');
    expect(tex).not.toMatch(/[^a-z]y_j/);
    expect(() => render(tex)).not.toThrow();
  });
});
