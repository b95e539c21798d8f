import { CodeSnippet } from '@/ui/CodeSnippet';
import { useMessages } from '@/ui/i18n';
import { softmaxSnippet } from '../python-snippet';
import { softmaxSnippetMessages } from '../python-snippet-strings';

interface SoftmaxSnippetProps {
  logits: number[];
  temperature: number;
  stable: boolean;
}

/** The lecture's softmax(X) in PyTorch, printing the playground's probabilities. */
export function SoftmaxSnippet({ logits, temperature, stable }: SoftmaxSnippetProps) {
  const notes = useMessages(softmaxSnippetMessages);
  const { code, output } = softmaxSnippet({ logits, temperature, stable }, notes);
  return <CodeSnippet code={code} output={output} caption={notes.caption} />;
}
