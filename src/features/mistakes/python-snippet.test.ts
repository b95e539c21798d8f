import { describe, expect, it } from 'vitest';
import { predictSnippet } from './python-snippet';
import { predictSnippetMessages } from './python-snippet-strings';

const notes = predictSnippetMessages.en;

describe('predictSnippet', () => {
  it('prints the first predictions and labels, which of them are wrong, the count and the accuracy', () => {
    const predictions = Uint8Array.from([9, 2, 1, 1, 0, 1, 4, 6, 5, 7]);
    const labels = Uint8Array.from([9, 2, 1, 1, 6, 1, 4, 6, 5, 7]);
    const { code, output } = predictSnippet({ predictions, labels, wrong: 2070, total: 10000 }, notes);
    expect(output).toBe(
      [
        'tensor([9, 2, 1, 1, 0, 1, 4, 6])',
        'tensor([9, 2, 1, 1, 6, 1, 4, 6])',
        'tensor([False, False, False, False,  True, False, False, False])',
        '2070 10000',
        'tensor(0.7930)',
      ].join('\n'),
    );
    expect(code).toContain('wrong = preds != y');
    expect(code).toContain('return net(X).argmax(dim=1)');
  });

  it('prints fewer when the test set is smaller than the preview', () => {
    const { code, output } = predictSnippet({ predictions: [3, 3, 0], labels: [3, 1, 0], wrong: 1, total: 3 }, notes);
    expect(code).toContain('print(preds[:3])');
    expect(output.split('\n')).toEqual(['tensor([3, 3, 0])', 'tensor([3, 1, 0])', 'tensor([False,  True, False])', '1 3', 'tensor(0.6667)']);
  });

  it('says how to get a model before there is one', () => {
    expect(predictSnippet(null, notes)).toMatchObject({ output: notes.trainFirst, pending: true });
  });
});
