import { naiveSoftmaxCrossEntropyHard, softmaxCrossEntropyHard } from '@/math/cross-entropy';
import { logSumExp, softmax } from '@/math/softmax';
import { texNumber } from '@/ui/format';
import { texText } from '@/ui/tex';
import { inUnit, type InfoUnit, type LabelMode, type LossView } from './cross-entropy-view';

/**
 * TeX for the lesson's formulas with the student's numbers substituted. Pure,
 * so the tests can check that each substituted number is the math core's.
 * Class names are user text: they reach TeX only through texText.
 */

/** \log for nats, \log_2 for bits. */
export const texLog = (unit: InfoUnit): string => (unit === 'bits' ? '\\log_2' : '\\log');

/** A signed number in parentheses when negative, so "− (−400)" reads correctly. */
const texSigned = (x: number): string => (x < 0 ? `(${texNumber(x)})` : texNumber(x));

export interface LossFormulaInput {
  mode: LabelMode;
  view: LossView;
  trueClass: number;
  className: string;
  unit: InfoUnit;
  stable: boolean;
  logits: readonly number[];
  /** The unit's name in the reader's language ("nats", "내트"). */
  unitLabel: string;
}

/** The loss, its reduction to −log ŷ_c (or the soft-label sum), and the numbers substituted. */
export function lossFormulaTex(input: LossFormulaInput): string {
  const { mode, view, trueClass, className, unit, stable, logits, unitLabel } = input;
  const log = texLog(unit);
  const value = `${texNumber(inUnit(view.loss, unit))}\\ ${texText(unitLabel)}`;
  const lines: string[] = [];
  if (mode === 'hard') {
    const c = trueClass + 1;
    lines.push(`\\ell(\\mathbf{y}, \\hat{\\mathbf{y}}) &= -\\sum_{j} y_j ${log} \\hat{y}_j \\qquad (c = ${c}:\\ ${texText(className)})`);
    const route = `\\operatorname{LSE}(\\mathbf{o}) - o_{${c}}`;
    lines.push(`&= -${log} \\hat{y}_{${c}} = ${unit === 'bits' ? `\\frac{${route}}{\\ln 2}` : route}`);
    // Substituting ŷ_c = 0 beside a finite stable value would contradict itself; then only LSE is shown.
    const probability = view.probs[trueClass]!;
    const picked = !stable || probability > 0 ? `-${log} ${texNumber(probability)} = ` : '';
    if (stable) {
      const numbers = `${texNumber(view.lse)} - ${texSigned(logits[trueClass]!)}`;
      lines.push(`&= ${picked}${unit === 'bits' ? `\\frac{${numbers}}{\\ln 2}` : numbers} = ${value}`);
    } else {
      lines.push(`&= ${picked}${value}`);
    }
  } else {
    lines.push(`\\ell(\\mathbf{p}, \\hat{\\mathbf{y}}) &= -\\sum_{j} p_j ${log} \\hat{y}_j`);
    const terms = view.label
      .map((p, j) => (p > 0 ? `${texNumber(p)} ${log} ${texNumber(view.probs[j]!)}` : null))
      .filter((t): t is string => t !== null);
    lines.push(`&= -\\left(${terms.join(' + ')}\\right)`);
    lines.push(`&= ${value}`);
  }
  return `\\begin{aligned}${lines.join(' \\\\ ')}\\end{aligned}`;
}

/** H(p), H(p, ŷ) and KL(p‖ŷ) = H(p, ŷ) − H(p), each with its number. */
export function informationTex(view: LossView, unit: InfoUnit, mode: LabelMode): { entropy: string; crossEntropy: string; kl: string } {
  const log = texLog(unit);
  const p = mode === 'hard' ? '\\mathbf{y}' : '\\mathbf{p}';
  const pj = mode === 'hard' ? 'y_j' : 'p_j';
  const h = texNumber(inUnit(view.labelEntropy, unit));
  const ce = texNumber(inUnit(view.loss, unit));
  const kl = texNumber(inUnit(view.kl, unit));
  return {
    entropy: `H(${p}) = -\\sum_j ${pj} ${log} ${pj} = ${h}`,
    crossEntropy: `H(${p}, \\hat{\\mathbf{y}}) = -\\sum_j ${pj} ${log} \\hat{y}_j = ${ce}`,
    kl: `D_{\\mathrm{KL}}(${p} \\,\\|\\, \\hat{\\mathbf{y}}) = H(${p}, \\hat{\\mathbf{y}}) - H(${p}) = ${ce} - ${h} = ${kl}`,
  };
}

/**
 * The derivation of ∂l/∂o_j = ŷ_j − y_j in three lines (natural log: the gradient the
 * step uses), written with the label's own symbol: y for a one-hot label, p for a soft
 * one. It holds for any label that sums to 1.
 */
export function gradientDerivationTex(mode: LabelMode): string {
  const y = mode === 'soft' ? 'p' : 'y';
  return `\\begin{aligned}${[
    `\\ell &= -\\sum_j ${y}_j \\log \\frac{\\exp o_j}{\\sum_k \\exp o_k} = \\log \\sum_k \\exp o_k - \\sum_j ${y}_j o_j \\quad \\left(\\textstyle\\sum_j ${y}_j = 1\\right)`,
    `\\frac{\\partial \\ell}{\\partial o_j} &= \\frac{\\exp o_j}{\\sum_k \\exp o_k} - ${y}_j`,
    `&= \\operatorname{softmax}(\\mathbf{o})_j - ${y}_j = \\hat{y}_j - ${y}_j`,
  ].join(' \\\\ ')}\\end{aligned}`;
}

export interface LogZeroNumbers {
  /** ŷ_c as floating point computes it: 0 once it underflows. */
  probability: number;
  naiveLoss: number;
  stableLoss: number;
  lse: number;
  logit: number;
}

/** Both routes to −log ŷ_c, through the math core. */
export function logZeroNumbers(logits: readonly number[], trueClass: number): LogZeroNumbers {
  return {
    probability: softmax(logits)[trueClass]!,
    naiveLoss: naiveSoftmaxCrossEntropyHard(logits, trueClass),
    stableLoss: softmaxCrossEntropyHard(logits, trueClass),
    lse: logSumExp(logits),
    logit: logits[trueClass]!,
  };
}

/** The naive route (softmax, then log) and the direct route (o_c − LSE(o)), side by side. */
export function logZeroTex(numbers: LogZeroNumbers, trueClass: number, unit: InfoUnit): { naive: string; stable: string } {
  const c = trueClass + 1;
  const log = texLog(unit);
  const scale = unit === 'bits' ? '\\frac{1}{\\ln 2}' : '';
  return {
    naive: `-${log} \\hat{y}_{${c}} = -${log} ${texNumber(numbers.probability)} = ${texNumber(inUnit(numbers.naiveLoss, unit))}`,
    // Two lines: the route, then its numbers; one line overflows a narrow column.
    stable: `\\begin{aligned}-${log} \\hat{y}_{${c}} &= ${scale}\\left(\\operatorname{LSE}(\\mathbf{o}) - o_{${c}}\\right) \\\\ &= ${scale}\\left(${texNumber(numbers.lse)} - ${texSigned(numbers.logit)}\\right) = ${texNumber(inUnit(numbers.stableLoss, unit))}\\end{aligned}`,
  };
}
