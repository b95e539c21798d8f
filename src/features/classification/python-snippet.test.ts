import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK } from '@/state/playground';
import { networkSnippet } from './python-snippet';
import { networkSnippetMessages } from './python-snippet-strings';

const names = ['cat', 'chicken', 'dog'];

describe('networkSnippet', () => {
  it('prints the logits of the default network, o = Wx + b, as PyTorch does', () => {
    // By hand: 1.5·0.9 − 0.5·0.2 + 0.8·0.6 − 1·0.1 + 0.1 = 1.73, and so on.
    const { output } = networkSnippet(DEFAULT_NETWORK, names, networkSnippetMessages.en);
    expect(output).toBe('tensor([[ 1.7300, -0.2800,  0.1200]])\ntorch.Size([1, 3])');
  });

  it('writes W transposed, pixels × classes, as the lecture stores it', () => {
    const { code } = networkSnippet(DEFAULT_NETWORK, names, networkSnippetMessages.en);
    expect(code).toContain('X = torch.tensor([[0.9, 0.2, 0.6, 0.1]])');
    expect(code).toContain(
      [
        'W = torch.tensor([[ 1.5, -0.6,  0.2],',
        '                  [-0.5,  1.2,  0.1],',
        '                  [ 0.8,  0.3, -0.9],',
        '                  [-1.0,  0.4,  1.6]])',
      ].join('\n'),
    );
    expect(code).toContain('b = torch.tensor([0.1, -0.2, 0.3])');
    expect(code).toContain('X.reshape(-1, 784)');
    expect(code).toContain('(cat, chicken, dog)');
  });

  it('follows a dragged pixel, and keeps float noise out of the literals', () => {
    const network = { ...DEFAULT_NETWORK, pixels: [0.35000000000000003, 0.2, 0.6, 0.1] };
    const { code, output } = networkSnippet(network, names, networkSnippetMessages.en);
    expect(code).toContain('X = torch.tensor([[0.35, 0.2, 0.6, 0.1]])');
    // o₁ drops by 1.5 · 0.55 = 0.825; o₂ rises by 0.6 · 0.55 = 0.33; o₃ drops by 0.2 · 0.55 = 0.11.
    expect(output.split('\n')[0]).toBe('tensor([[0.9050, 0.0500, 0.0100]])');
  });
});
