import { describe, expect, it } from 'vitest';
import { D2L_BATCH, evaluateBatch, type BatchDraft, type BatchResult } from './batch-example';
import { crossEntropySnippet, doubleSoftmaxLoss } from './python-snippet';
import { ceSnippetMessages } from './python-snippet-strings';

const resultOf = (batch: BatchDraft): BatchResult => {
  const result = evaluateBatch(batch);
  if (!result.ok) throw new Error('test batch must be valid');
  return result;
};

describe('doubleSoftmaxLoss', () => {
  it('is the loss F.cross_entropy reports for probabilities: softmax taken a second time', () => {
    // By hand: (LSE(0.1, 0.3, 0.6) − 0.1 + LSE(0.3, 0.2, 0.5) − 0.5) / 2.
    const lse = (row: number[]) => Math.log(row.reduce((s, v) => s + Math.exp(v), 0));
    const expected = (lse([0.1, 0.3, 0.6]) - 0.1 + lse([0.3, 0.2, 0.5]) - 0.5) / 2;
    expect(doubleSoftmaxLoss(D2L_BATCH.rows, D2L_BATCH.labels)).toBeCloseTo(expected, 12);
    expect(doubleSoftmaxLoss(D2L_BATCH.rows, D2L_BATCH.labels)).toBeCloseTo(1.1466, 4);
  });

  it('never drops below log(1 + (q − 1)/e), even for a certain, right prediction', () => {
    // softmax([1, 0, 0]) is far from one-hot: LSE(1, 0, 0) − 1 = log(e + 2) − 1 = log(1 + 2/e).
    expect(doubleSoftmaxLoss([[1, 0, 0]], [0])).toBeCloseTo(Math.log(1 + 2 / Math.E), 12);
    expect(doubleSoftmaxLoss([[0.2, 0.3, 0.5]], [2])).toBeGreaterThan(Math.log(1 + 2 / Math.E));
  });
});

describe('crossEntropySnippet', () => {
  it('prints the lecture’s numbers for its batch: picks, mean loss, accuracy, then the double softmax', () => {
    const { code, output, wrongLoss, rightLoss } = crossEntropySnippet(D2L_BATCH, resultOf(D2L_BATCH), ceSnippetMessages.en);
    expect([wrongLoss, rightLoss]).toEqual(['1.1466', '1.4979']);
    expect(output).toBe(
      ['tensor([0.1000, 0.5000])', 'tensor(1.4979)', 'tensor(0.5000)', 'tensor(1.1466)', 'tensor(1.4979)'].join('\n'),
    );
    expect(code).toContain('y_hat = torch.tensor([[0.1, 0.3, 0.6],\n                      [0.3, 0.2, 0.5]])');
    expect(code).toContain('y = torch.tensor([0, 2])');
    expect(code).toContain('print(y_hat[[0, 1], y])');
    expect(code).toContain('print(F.cross_entropy(y_hat, y))');
    expect(code).toContain('print(F.nll_loss(torch.log(y_hat), y))');
  });

  it('follows an edited batch', () => {
    const batch: BatchDraft = {
      rows: [
        [0.1, 0.3, 0.6],
        [0.3, 0.2, 0.5],
        [0.2, 0.3, 0.5],
      ],
      labels: [2, 2, 0],
    };
    const { code, output } = crossEntropySnippet(batch, resultOf(batch), ceSnippetMessages.en);
    expect(code).toContain('print(y_hat[[0, 1, 2], y])');
    expect(code).toContain('y = torch.tensor([2, 2, 0])');
    const lines = output.split('\n');
    expect(lines[0]).toBe('tensor([0.6000, 0.5000, 0.2000])');
    // −(log 0.6 + log 0.5 + log 0.2) / 3 = 0.9378; rows 0 and 1 right, row 2 wrong.
    expect(lines[1]).toBe('tensor(0.9378)');
    expect(lines[2]).toBe('tensor(0.6667)');
  });

  it('prints inf, as PyTorch does, when a label gets probability 0', () => {
    const batch: BatchDraft = { rows: [[0, 0.5, 0.5]], labels: [0] };
    expect(crossEntropySnippet(batch, resultOf(batch), ceSnippetMessages.en).output.split('\n')[1]).toBe('tensor(inf)');
  });
});
