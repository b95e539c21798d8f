import { describe, expect, it } from 'vitest';
import { softmaxSnippet } from './python-snippet';
import { softmaxSnippetMessages } from './python-snippet-strings';

const notes = softmaxSnippetMessages.en;
const run = (logits: number[], temperature = 1, stable = true) => softmaxSnippet({ logits, temperature, stable }, notes);

describe('softmaxSnippet', () => {
  it('prints the lecture’s softmax([1, 2, 3]) as PyTorch does', () => {
    const { code, output } = run([1, 2, 3]);
    expect(output).toBe('tensor([[0.0900, 0.2447, 0.6652]])');
    expect(code).toContain('X = torch.tensor([[1.0, 2.0, 3.0]])');
    expect(code).toContain('partition = X_exp.sum(dim=1, keepdim=True)');
    expect(code).toContain('print(softmax(X))');
  });

  it('follows the logits and the temperature', () => {
    const { code, output } = run([1, 2, 3], 0.5);
    expect(code).toContain('print(softmax(X / 0.5))');
    expect(output).toBe('tensor([[0.0159, 0.1173, 0.8668]])');
    expect(run([0, 0]).output).toBe('tensor([[0.5000, 0.5000]])');
  });

  it('writes long literals short, and computes from what it writes', () => {
    const { code } = run([1.7300000000000002, -0.25]);
    expect(code).toContain('X = torch.tensor([[1.73, -0.25]])');
  });

  it('shows the shift only with the stable switch on, and the naive code overflows float32 as PyTorch would', () => {
    const naive = run([89, 0, 0], 1, false);
    expect(naive.code).not.toContain('X.max');
    expect(naive.output).toBe('tensor([[nan, 0., 0.]])');
    const stable = run([1000, 0, 0]);
    expect(stable.code).toContain('X = X - X.max(dim=1, keepdim=True).values');
    expect(stable.output).toBe('tensor([[1., 0., 0.]])');
  });

  it('writes its comments in the reader’s language', () => {
    expect(softmaxSnippet({ logits: [1, 2, 3], temperature: 1, stable: true }, softmaxSnippetMessages.ko).code).toContain(
      '# 위의 로짓을 한 행으로: n = 1, q = 3',
    );
  });
});
