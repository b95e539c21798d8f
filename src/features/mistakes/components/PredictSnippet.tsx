import { CodeSnippet } from '@/ui/CodeSnippet';
import { useMessages } from '@/ui/i18n';
import { predictSnippet } from '../python-snippet';
import { predictSnippetMessages } from '../python-snippet-strings';

interface PredictSnippetProps {
  /** Null before any model exists. */
  predictions: ArrayLike<number> | null;
  labels: ArrayLike<number> | null;
  wrong: number;
  total: number;
}

/** The lecture's predict and wrong = preds != y in PyTorch, printing this page's model on the test set. */
export function PredictSnippet({ predictions, labels, wrong, total }: PredictSnippetProps) {
  const notes = useMessages(predictSnippetMessages);
  const input = predictions && labels ? { predictions, labels, wrong, total } : null;
  const { code, output, pending } = predictSnippet(input, notes);
  return <CodeSnippet code={code} output={output} pending={pending} caption={notes.caption} />;
}
