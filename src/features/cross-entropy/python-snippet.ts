import { softmaxCrossEntropyHard } from '@/math/cross-entropy';
import { formatTensor, pyFixed, pyList, type PythonSnippet } from '@/ui/torch-format';
import type { BatchDraft, BatchResult } from './batch-example';
import type { CeSnippetNotes } from './python-snippet-strings';

/**
 * What F.cross_entropy(y_hat, y) returns when y_hat already holds probabilities: it
 * treats them as logits and takes their softmax again, −log softmax(ŷ⁽ⁱ⁾)_{y⁽ⁱ⁾},
 * averaged over the rows. A softmax of numbers in [0, 1] is nearly uniform, so the
 * loss never drops below log(1 + (q − 1)/e), however right and certain ŷ is.
 */
export function doubleSoftmaxLoss(rows: readonly (readonly number[])[], labels: readonly number[]): number {
  const losses = rows.map((row, i) => softmaxCrossEntropyHard(row, labels[i]!));
  return losses.reduce((a, b) => a + b, 0) / losses.length;
}

/**
 * The lecture's y_hat[[0, 1], y], cross_entropy and accuracy in PyTorch on the
 * panel's batch, and the double-softmax mistake beside the right call. The
 * printed numbers are the panel's own (`result`, from evaluateBatch).
 */
export function crossEntropySnippet(
  batch: BatchDraft,
  result: BatchResult,
  notes: CeSnippetNotes,
): PythonSnippet & { wrongLoss: string; rightLoss: string } {
  const rowIds = batch.rows.map((_, i) => i).join(', ');
  const yHat = 'y_hat = torch.tensor(';
  const code = [
    'import torch',
    'import torch.nn.functional as F',
    '',
    `# ${notes.rows}`,
    `${yHat}${pyList(batch.rows, yHat.length)})`,
    `# ${notes.labels}`,
    `y = torch.tensor([${batch.labels.join(', ')}])`,
    `# ${notes.picked}`,
    `print(y_hat[[${rowIds}], y])`,
    '',
    'def cross_entropy(y_hat, y):',
    `    # ${notes.loss}`,
    '    return -torch.log(y_hat[range(len(y_hat)), y]).mean()',
    '',
    'def accuracy(y_hat, y):',
    `    # ${notes.accuracy}`,
    '    return (y_hat.argmax(dim=1) == y).float().mean()',
    '',
    'print(cross_entropy(y_hat, y))',
    'print(accuracy(y_hat, y))',
    '',
    `# ${notes.careful}`,
    `# ${notes.wrong}`,
    'print(F.cross_entropy(y_hat, y))',
    `# ${notes.right}`,
    'print(F.nll_loss(torch.log(y_hat), y))',
  ].join('\n');
  const doubled = doubleSoftmaxLoss(batch.rows, batch.labels);
  const output = [
    formatTensor(result.picked),
    formatTensor(result.mean),
    formatTensor(result.accuracy),
    formatTensor(doubled),
    formatTensor(result.mean),
  ].join('\n');
  // The warning quotes the two losses exactly as the output prints them (float32, 4 decimals).
  const shown = (x: number) => pyFixed(Math.fround(x), 4);
  return { code, output, wrongLoss: shown(doubled), rightLoss: shown(result.mean) };
}
