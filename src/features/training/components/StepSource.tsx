import { useMessages } from '@/ui/i18n';
// The very module the worker runs, as text: the code shown can never drift from the code that trains.
import stepSource from '@/train/step.ts?raw';
import { trainMessages } from '../strings';

/** The training step's source, for reading alongside the charts. */
// Memoized: the section re-renders on every progress message, this part only when its props change.
export function StepSource() {
  const m = useMessages(trainMessages);
  return (
    <details className="train-source">
      <summary>{m.sourceTitle}</summary>
      <p className="muted">{m.sourceLead}</p>
      <pre tabIndex={0} aria-label={m.sourceTitle}>
        <code>{stepSource}</code>
      </pre>
    </details>
  );
}
