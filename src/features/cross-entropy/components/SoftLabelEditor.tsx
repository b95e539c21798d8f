import { useState, type Dispatch } from 'react';
import type { PlaygroundAction } from '@/state/playground';
import { useMessages } from '@/ui/i18n';
import { NumberField } from '@/ui/NumberField';
import { softLabelProblem, type SoftLabelProblem } from '../cross-entropy-view';
import { ceMessages } from '../strings';

interface SoftLabelEditorProps {
  classNames: string[];
  weights: number[];
  dispatch: Dispatch<PlaygroundAction>;
}

/**
 * One weight per class. A single entry can be fine while the whole vector is
 * not (all zeros), so that check happens here, before the label is replaced.
 */
export function SoftLabelEditor({ classNames, weights, dispatch }: SoftLabelEditorProps) {
  const m = useMessages(ceMessages);
  const [problem, setProblem] = useState<SoftLabelProblem>(null);
  // What the student typed, which may be invalid as a whole; the playground keeps the last valid label.
  const [draft, setDraft] = useState(weights);
  const [syncedWeights, setSyncedWeights] = useState(weights);
  if (syncedWeights !== weights) {
    // The label changed from outside (class count, a link): start over from it.
    setSyncedWeights(weights);
    if (weights.length !== draft.length || problem === null) setDraft(weights);
  }

  const commit = (index: number, value: number) => {
    const next = draft.map((w, j) => (j === index ? value : w));
    setDraft(next);
    const found = softLabelProblem(next);
    setProblem(found);
    if (found === null) dispatch({ type: 'setSoftLabel', softLabel: next });
  };

  return (
    <div className="ce-stack">
      <p className="muted ce-small">{m.softHint}</p>
      <div className="ce-weights">
        {classNames.map((name, j) => (
          <NumberField
            key={j}
            label={m.softWeight(name)}
            value={draft[j] ?? 0}
            min={0}
            max={1000}
            onCommit={(value) => commit(j, value)}
            testId={`soft-weight-${j + 1}`}
          />
        ))}
      </div>
      {problem && (
        <p role="alert" className="notice notice-error">
          {problem === 'allZero' ? m.softAllZero : m.softNegative} {m.softKept}
        </p>
      )}
    </div>
  );
}
