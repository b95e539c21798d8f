import { formatTensor, type PythonSnippet } from '@/ui/torch-format';
import type { PredictSnippetNotes } from './python-snippet-strings';

/** How many predictions and labels the snippet prints, as d2l shows a handful of test images. */
export const SHOWN_PREDICTIONS = 8;

export interface PredictSnippetInput {
  /** Predicted class ids of the test set, in order (only the first few are printed). */
  predictions: ArrayLike<number>;
  /** The test labels, in the same order. */
  labels: ArrayLike<number>;
  /** Misclassified test images, as the lesson counts them. */
  wrong: number;
  /** Test images evaluated. */
  total: number;
}

/**
 * The lecture's predict and `wrong = preds != y` in PyTorch, and as output this
 * page's model on the test set: the first few predictions and labels, the number
 * of mistakes (the lesson's own count) and the accuracy that leaves. Before a
 * model exists the output says how to get one.
 */
export function predictSnippet(input: PredictSnippetInput | null, notes: PredictSnippetNotes): PythonSnippet {
  const k = input ? Math.min(SHOWN_PREDICTIONS, input.total) : SHOWN_PREDICTIONS;
  const code = [
    'import torch',
    '',
    'def predict(net, X):',
    `    # ${notes.predict}`,
    '    return net(X).argmax(dim=1)',
    '',
    `# ${notes.collect}`,
    'preds = torch.cat([predict(net, X) for X, _ in test_iter])',
    'y = torch.cat([y for _, y in test_iter])',
    `# ${notes.wrong}`,
    'wrong = preds != y',
    '',
    `# ${notes.firstFew(k)}`,
    `print(preds[:${k}])`,
    `print(y[:${k}])`,
    `print(wrong[:${k}])`,
    `# ${notes.count}`,
    'print(wrong.sum().item(), len(y))',
    `# ${notes.accuracy}`,
    'print((preds == y).float().mean())',
  ].join('\n');
  if (!input) return { code, output: notes.trainFirst, pending: true };
  const preds = Array.from({ length: k }, (_, i) => input.predictions[i]!);
  const labels = Array.from({ length: k }, (_, i) => input.labels[i]!);
  const output = [
    formatTensor(preds, 'int64'),
    formatTensor(labels, 'int64'),
    formatTensor(
      preds.map((p, i) => p !== labels[i]),
      'bool',
    ),
    `${input.wrong} ${input.total}`,
    formatTensor(input.total > 0 ? (input.total - input.wrong) / input.total : NaN),
  ].join('\n');
  return { code, output };
}
