import { affine } from '@/math/linear';
import { formatTensor, literalValue, pyList, type PythonSnippet } from '@/ui/torch-format';
import type { NetworkParams } from '@/state/playground';
import type { NetworkSnippetNotes } from './python-snippet-strings';

/**
 * The lecture's net(X) = X.reshape(-1, d) @ W + b in PyTorch on the panel's 2 × 2
 * image, and the logits it prints (computed by src/math's affine, o = Wx + b, on the
 * very literals the code shows). The code's W is the panel's transposed: d × q,
 * as the lecture stores it, so that a batch of rows multiplies as XW.
 */
export function networkSnippet(network: NetworkParams, names: readonly string[], notes: NetworkSnippetNotes): PythonSnippet {
  const pixels = network.pixels.map((x) => literalValue(x));
  const weights = network.weights.map((row) => row.map((w) => literalValue(w)));
  const biases = network.biases.map((b) => literalValue(b));
  const transposed = pixels.map((_, j) => weights.map((row) => row[j]!));
  const wLine = 'W = torch.tensor(';
  const code = [
    'import torch',
    '',
    `# ${notes.image}`,
    `X = torch.tensor(${pyList([pixels])})`,
    `# ${notes.weights(names.join(', '))}`,
    `${wLine}${pyList(transposed, wLine.length)})`,
    `# ${notes.biases}`,
    `b = torch.tensor(${pyList(biases)})`,
    '',
    'def net(X):',
    `    # ${notes.flatten}`,
    '    return X.reshape(-1, W.shape[0]) @ W + b',
    '',
    `# ${notes.logits}`,
    'O = net(X)',
    'print(O)',
    'print(O.shape)',
    `# ${notes.softmaxNext}`,
  ].join('\n');
  const logits = affine(weights, pixels, biases);
  return { code, output: [formatTensor([logits]), `torch.Size([1, ${logits.length}])`].join('\n') };
}
