import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAIN_CONFIG } from '@/domain/training-config';
import type { EpochSummary } from '@/domain/training-events';
import { trainSnippet } from './python-snippet';
import { trainSnippetMessages } from './python-snippet-strings';

const notes = trainSnippetMessages.en;

const epoch = (n: number, trainLoss: number, trainAccuracy: number, testAccuracy: number): EpochSummary => ({
  epoch: n,
  trainLoss,
  trainAccuracy,
  testAccuracy,
  testLoss: 0.5,
  l2: 0,
  seconds: 2,
  numTensors: 10,
  numBytes: 100,
});

describe('trainSnippet', () => {
  it('says how to fill the output in before a run', () => {
    const { code, output, pending } = trainSnippet({ config: DEFAULT_TRAIN_CONFIG, epochZero: null, epochs: [] }, notes);
    expect(output).toBe(notes.runFirst);
    expect(pending).toBe(true);
    expect(code).toContain('lr, batch_size, num_epochs = 0.1, 256, 10');
    expect(code).toContain('def evaluate_accuracy(net, data_iter):');
    expect(code).toContain('def train_epoch(net, train_iter, lr):');
    expect(code).not.toContain('this page’s run uses');
  });

  it('prints epoch 0 and every finished epoch as the loop’s f-strings would', () => {
    const { output } = trainSnippet(
      {
        config: DEFAULT_TRAIN_CONFIG,
        epochZero: { testAccuracy: 0.0925, testLoss: 2.3026 },
        epochs: [epoch(1, 0.78563, 0.74912, 0.793), epoch(2, 0.5702, 0.81325, 0.8042)],
      },
      notes,
    );
    expect(output).toBe(
      [
        'epoch 0: test acc 0.0925',
        'epoch 1: loss 0.7856, train acc 0.7491, test acc 0.7930',
        'epoch 2: loss 0.5702, train acc 0.8133, test acc 0.8042',
      ].join('\n'),
    );
  });

  it('prints nan for a diverged loss, as Python does', () => {
    const { output } = trainSnippet({ config: DEFAULT_TRAIN_CONFIG, epochZero: null, epochs: [epoch(1, NaN, 0.1, 0.1)] }, notes);
    expect(output).toBe('epoch 1: loss nan, train acc 0.1000, test acc 0.1000');
  });

  it('writes the run’s settings, and says when the run is not the code’s plain softmax regression', () => {
    const config = { ...DEFAULT_TRAIN_CONFIG, learningRate: 1e-10, batchSize: 64, epochs: 3 };
    expect(trainSnippet({ config, epochZero: null, epochs: [] }, notes).code).toContain('lr, batch_size, num_epochs = 1e-10, 64, 3');
    const mlp = { ...DEFAULT_TRAIN_CONFIG, model: 'mlp' as const, optimizer: 'momentum' as const, weightDecay: 0.001 };
    expect(trainSnippet({ config: mlp, epochZero: null, epochs: [] }, notes).code).toContain(
      '# this page’s run uses an MLP instead of softmax regression, SGD with momentum, weight decay λ = 0.001;',
    );
  });
});
