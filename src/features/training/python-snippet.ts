import { pyFixed, pyRepr, type PythonSnippet } from '@/ui/torch-format';
import type { TrainConfig } from '@/domain/training-config';
import type { EpochSummary, EpochZero } from '@/domain/training-events';
import type { TrainSnippetNotes } from './python-snippet-strings';

export interface TrainSnippetInput {
  config: Pick<TrainConfig, 'model' | 'optimizer' | 'learningRate' | 'batchSize' | 'epochs' | 'weightDecay'>;
  /** The untrained model on the test set; null before the run has it. */
  epochZero: EpochZero | null;
  /** The run's finished epochs so far. */
  epochs: readonly EpochSummary[];
}

/** What the page's run does beyond the code's plain softmax regression with SGD, or null. */
function runDiffers(config: TrainSnippetInput['config'], notes: TrainSnippetNotes): string | null {
  const parts = [
    config.model === 'mlp' ? notes.mlp : null,
    config.optimizer === 'momentum' ? notes.momentum : config.optimizer === 'adam' ? notes.adam : null,
    config.weightDecay > 0 ? notes.weightDecay(String(config.weightDecay)) : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? notes.differs(parts.join(', ')) : null;
}

/**
 * The lecture's evaluate_accuracy and training epoch in PyTorch, with the page's
 * settings, and as output the page's own run: the epoch-0 evaluation and each
 * finished epoch's loss and accuracies, printed with Python's :.4f. Before a run
 * the output says how to fill it in.
 */
export function trainSnippet({ config, epochZero, epochs }: TrainSnippetInput, notes: TrainSnippetNotes): PythonSnippet {
  const differs = runDiffers(config, notes);
  const code = [
    'import torch',
    '',
    ...(differs ? [`# ${differs}`] : []),
    `lr, batch_size, num_epochs = ${pyRepr(config.learningRate)}, ${config.batchSize}, ${config.epochs}`,
    `# ${notes.init}`,
    'W = torch.normal(0, 0.01, size=(784, 10), requires_grad=True)',
    'b = torch.zeros(10, requires_grad=True)',
    '',
    `# ${notes.fromLessons}`,
    'def net(X):',
    '    return softmax(X.reshape(-1, 784) @ W + b)',
    '',
    'def evaluate_accuracy(net, data_iter):',
    `    # ${notes.evaluate}`,
    '    correct, total = 0, 0',
    '    with torch.no_grad():',
    '        for X, y in data_iter:',
    '            correct += (net(X).argmax(dim=1) == y).sum().item()',
    '            total += y.numel()',
    '    return correct / total',
    '',
    'def train_epoch(net, train_iter, lr):',
    '    loss_sum, correct, total = 0.0, 0, 0',
    '    for X, y in train_iter:',
    '        y_hat = net(X)',
    `        # ${notes.meanLoss}`,
    '        l = cross_entropy(y_hat, y)',
    `        # ${notes.backward}`,
    '        l.backward()',
    `        # ${notes.sgd}`,
    '        with torch.no_grad():',
    '            for param in (W, b):',
    '                param -= lr * param.grad',
    '                param.grad.zero_()',
    '        loss_sum += l.item() * len(y)',
    '        correct += (y_hat.argmax(dim=1) == y).sum().item()',
    '        total += len(y)',
    '    return loss_sum / total, correct / total',
    '',
    `# ${notes.epochZero}`,
    "print(f'epoch 0: test acc {evaluate_accuracy(net, test_iter):.4f}')",
    'for epoch in range(num_epochs):',
    '    loss, train_acc = train_epoch(net, train_iter, lr)',
    '    test_acc = evaluate_accuracy(net, test_iter)',
    "    print(f'epoch {epoch + 1}: loss {loss:.4f}, '",
    "          f'train acc {train_acc:.4f}, test acc {test_acc:.4f}')",
  ].join('\n');
  const lines = [
    ...(epochZero ? [`epoch 0: test acc ${pyFixed(epochZero.testAccuracy)}`] : []),
    ...epochs.map(
      (e) =>
        `epoch ${e.epoch}: loss ${pyFixed(e.trainLoss)}, train acc ${pyFixed(e.trainAccuracy)}, test acc ${pyFixed(e.testAccuracy)}`,
    ),
  ];
  return lines.length > 0 ? { code, output: lines.join('\n') } : { code, output: notes.runFirst, pending: true };
}
