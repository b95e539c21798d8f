import type { SoftmaxSteps } from '@/math/softmax';
import { texNumber } from '@/ui/format';
import { texText } from '@/ui/tex';
import { expOverflows, expScientific, type SoftmaxView } from './softmax-view';

/**
 * TeX for the lesson's formulas, in the app's notation (src/ui/NotationNote.tsx): o for
 * the logits, q for the number of classes, classes numbered 1 … q as in the lecture.
 * Class names enter only through texText, so they stay literal.
 */

export const DEFINITION_TEX = String.raw`\hat{y}_j = \operatorname{softmax}\!\left(\frac{\mathbf{o}}{\tau}\right)_{\!j} = \frac{\exp(o_j/\tau)}{\sum_{k=1}^{q} \exp(o_k/\tau)}`;

export const SHIFT_TEX = String.raw`\frac{e^{o_j + c}}{\sum_k e^{o_k + c}} = \frac{e^{c}\, e^{o_j}}{e^{c} \sum_k e^{o_k}} = \frac{e^{o_j}}{\sum_k e^{o_k}}`;

export const SIGMOID_TEX = String.raw`\hat{y}_1 = \frac{e^{o_1}}{e^{o_1} + e^{o_2}} = \frac{1}{1 + e^{-(o_1 - o_2)}} = \sigma(o_1 - o_2)`;

export const LSE_TEX = String.raw`\operatorname{LSE}(\mathbf{o}) = \log \sum_{k=1}^{q} e^{o_k}, \qquad \max_k o_k \;\le\; \operatorname{LSE}(\mathbf{o}) \;\le\; \max_k o_k + \log q`;

/** e^x as TeX, exact past the float range (1.9701 × 10^{434} for e^{1000}). */
export function texExp(x: number): string {
  if (!expOverflows(x)) return texNumber(Math.exp(x));
  const { mantissa, exponent } = expScientific(x);
  return `${mantissa.toFixed(4)}\\times 10^{${exponent}}`;
}

/** The terms of a sum, shortened with ⋯ past five so ten classes still fit a line. */
function sumTerms(terms: string[]): string {
  if (terms.length <= 5) return terms.join(' + ');
  return [...terms.slice(0, 2), '\\cdots', terms[terms.length - 1]!].join(' + ');
}

const yHat = (name: string): string => `\\hat{y}_{${texText(name)}}`;

/**
 * The definition with the current numbers for class c. Stable mode writes the
 * true values of e^{o/τ} (exactly, via logarithms); naive mode writes what the
 * floating-point formula computes, Infinity and NaN included.
 */
export function substitutedTex(view: SoftmaxView, names: string[], c: number): string {
  const exponents = view.scaled.map((s) => `e^{${texNumber(s)}}`);
  const numerator = view.stable ? texExp(view.scaled[c]!) : texNumber(view.exps[c]!);
  // Σ e^{s_k} = e^m · Σ e^{s_k − m}, so its logarithm is m + log Σ e^{s_k − m}.
  const denominator = view.stable ? texExp(view.shift + Math.log(view.sum)) : texNumber(view.sum);
  return `${yHat(names[c] ?? '')} = \\frac{${exponents[c]}}{${sumTerms(exponents)}} = \\frac{${numerator}}{${denominator}} = ${texNumber(view.probs[c]!)}`;
}

/** The stable form with the current numbers: every exponent is shifted by m, so none exceeds 0. */
export function stableTex(steps: SoftmaxSteps, names: string[], c: number): string {
  const m = texNumber(steps.shift);
  const terms = steps.scaled.map((s) => `e^{${texNumber(s)} - ${m}}`);
  return [
    `m = ${m}`,
    `\\quad ${yHat(names[c] ?? '')} = \\frac{e^{o_j/\\tau - m}}{\\sum_k e^{o_k/\\tau - m}}`,
    `= \\frac{${terms[c]}}{${sumTerms(terms)}}`,
    `= \\frac{${texNumber(steps.exps[c]!)}}{${texNumber(steps.sum)}} = ${texNumber(steps.probs[c]!)}`,
  ].join(' ');
}

/** σ((o₁ − o₂)/τ) with the numbers, beside the softmax's ŷ₁ computed the other way. */
export function sigmoidTex(logits: number[], temperature: number, sigmoidValue: number, softmaxValue: number): string {
  const [o1, o2] = [logits[0]!, logits[1]!];
  const diff = `${texNumber(o1)} - ${o2 < 0 ? `(${texNumber(o2)})` : texNumber(o2)}`;
  const argument = temperature === 1 ? diff : `\\frac{${diff}}{${texNumber(temperature)}}`;
  const difference = texNumber((o1 - o2) / temperature);
  return `\\sigma\\!\\left(${argument}\\right) = \\sigma(${difference}) = ${texNumber(sigmoidValue)} \\qquad \\hat{y}_1 = ${texNumber(softmaxValue)}`;
}

/** LSE(o) ≥ max o with the numbers. */
export function lseNumbersTex(lse: number, max: number): string {
  return `\\operatorname{LSE}(\\mathbf{o}) = ${texNumber(lse)} \\;\\ge\\; \\max_k o_k = ${texNumber(max)}`;
}
