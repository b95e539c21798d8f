import { naiveSoftmaxSteps, softmaxSteps } from '@/math/softmax';
import { formatTensor, literalValue, pyList, pyRepr, type PythonSnippet } from '@/ui/torch-format';
import type { SoftmaxSnippetNotes } from './python-snippet-strings';

export interface SoftmaxSnippetInput {
  logits: readonly number[];
  temperature: number;
  /** The lesson's "stable softmax" switch: the code subtracts the row maximum only when it is on. */
  stable: boolean;
}

/**
 * The lecture's softmax(X) in PyTorch, on the lesson's logits, and what it prints.
 * The output is computed in float32, PyTorch's default, by the tested softmax of
 * src/math: naive (the textbook's three lines) or shifted, as the code says, so
 * the naive code shows nan where float32 overflows (past 88.72).
 */
export function softmaxSnippet({ logits, temperature, stable }: SoftmaxSnippetInput, notes: SoftmaxSnippetNotes): PythonSnippet {
  const values = logits.map((z) => literalValue(z));
  const tau = literalValue(temperature);
  const call = tau === 1 ? 'softmax(X)' : `softmax(X / ${pyRepr(tau)})`;
  const code = [
    'import torch',
    '',
    'def softmax(X):',
    ...(stable ? [`    # ${notes.shift}`, '    X = X - X.max(dim=1, keepdim=True).values'] : []),
    '    X_exp = torch.exp(X)',
    `    # ${notes.partition}`,
    '    partition = X_exp.sum(dim=1, keepdim=True)',
    `    # ${notes.divide}`,
    '    return X_exp / partition',
    '',
    `# ${notes.logits(values.length)}`,
    `X = torch.tensor(${pyList([values])})`,
    ...(tau === 1 ? [] : [`# ${notes.temperature(pyRepr(tau))}`]),
    `print(${call})`,
  ].join('\n');
  const probs = stable ? softmaxSteps(values, tau, 'float32').probs : naiveSoftmaxSteps(values, tau, 'float32').probs;
  return { code, output: formatTensor([probs]) };
}
