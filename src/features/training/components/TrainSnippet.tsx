import { CodeSnippet } from '@/ui/CodeSnippet';
import { useMessages } from '@/ui/i18n';
import type { ModelKind, OptimizerKind } from '@/domain/training-config';
import type { EpochSummary, EpochZero } from '@/domain/training-events';
import { trainSnippet } from '../python-snippet';
import { trainSnippetMessages } from '../python-snippet-strings';

interface TrainSnippetProps {
  model: ModelKind;
  optimizer: OptimizerKind;
  learningRate: number;
  batchSize: number;
  epochCount: number;
  weightDecay: number;
  epochZero: EpochZero | null;
  epochs: EpochSummary[];
}

/** The lecture's training loop in PyTorch, printing this page's run. */
// Plain values as props: the compiler's memoization then skips it on the section's progress renders.
export function TrainSnippet({ epochCount, epochZero, epochs, ...config }: TrainSnippetProps) {
  const notes = useMessages(trainSnippetMessages);
  const { code, output, pending } = trainSnippet({ config: { ...config, epochs: epochCount }, epochZero, epochs }, notes);
  return <CodeSnippet code={code} output={output} pending={pending} caption={notes.caption} />;
}
