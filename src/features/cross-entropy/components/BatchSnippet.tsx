import { CodeSnippet } from '@/ui/CodeSnippet';
import { useMessages } from '@/ui/i18n';
import type { BatchDraft, BatchResult } from '../batch-example';
import { crossEntropySnippet } from '../python-snippet';
import { ceSnippetMessages } from '../python-snippet-strings';

/**
 * The batch's cross_entropy and accuracy in PyTorch, and the warning students need
 * most with PyTorch's own loss: it takes logits, so a softmax before it runs twice.
 */
export function BatchSnippet({ batch, result }: { batch: BatchDraft; result: BatchResult }) {
  const notes = useMessages(ceSnippetMessages);
  const { code, output, wrongLoss, rightLoss } = crossEntropySnippet(batch, result, notes);
  const warning = (
    <div className="notice notice-warning code-snippet-note" role="note" data-testid="double-softmax-warning">
      <p className="ce-flush">
        <strong>{notes.warningTitle}</strong> {notes.warning(wrongLoss, rightLoss)}
      </p>
    </div>
  );
  return <CodeSnippet code={code} output={output} caption={notes.caption} note={warning} />;
}
