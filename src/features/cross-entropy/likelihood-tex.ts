import { texNumber } from '@/ui/format';
import { texText } from '@/ui/tex';
import type { BatchResult } from './batch-example';
import { texLog } from './formulas';
import { inUnit, type InfoUnit } from './cross-entropy-view';

/**
 * The derivation of the loss from maximum likelihood, as in the lecture (d2l 3.4.2):
 * the likelihood of the labels, its negative log, and that divided by n.
 */
export const MLE_TEX = [
  '\\begin{aligned}',
  'P(\\mathbf{Y} \\mid \\mathbf{X}) &= \\prod_{i=1}^{n} P(\\mathbf{y}^{(i)} \\mid \\mathbf{x}^{(i)}) \\\\',
  '&= \\prod_{i=1}^{n} \\hat{y}^{(i)}_{y^{(i)}} \\\\',
  '-\\log P(\\mathbf{Y} \\mid \\mathbf{X}) &= -\\sum_{i=1}^{n} \\log \\hat{y}^{(i)}_{y^{(i)}} \\\\',
  '\\frac{1}{n}\\bigl(-\\log P(\\mathbf{Y} \\mid \\mathbf{X})\\bigr) &= \\frac{1}{n} \\sum_{i=1}^{n} \\ell\\bigl(\\mathbf{y}^{(i)}, \\hat{\\mathbf{y}}^{(i)}\\bigr)',
  '\\end{aligned}',
].join(' ');

/**
 * The same three lines with the batch's numbers: the product of the picked
 * probabilities, the sum of their −log, and the mean. In bits the logs are log₂.
 */
export function likelihoodTex(result: BatchResult, unit: InfoUnit, unitLabel: string): string {
  const log = texLog(unit);
  const n = result.picked.length;
  const product = result.picked.map((q) => texNumber(q)).join(' \\times ');
  const terms = result.losses.map((l) => texNumber(inUnit(l, unit))).join(' + ');
  const total = texNumber(inUnit(result.total, unit));
  const lines = [
    `P(\\mathbf{Y} \\mid \\mathbf{X}) &= ${product} = ${texNumber(result.likelihood)}`,
    `-${log} P(\\mathbf{Y} \\mid \\mathbf{X}) &= ${terms} = ${total}`,
    `\\frac{1}{${n}} \\cdot ${total} &= ${texNumber(inUnit(result.mean, unit))}\\ ${texText(unitLabel)}`,
  ];
  return `\\begin{aligned}${lines.join(' \\\\ ')}\\end{aligned}`;
}
