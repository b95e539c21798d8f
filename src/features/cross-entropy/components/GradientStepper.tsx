import { useEffect, useState } from 'react';
import { formatNumber } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { NumberField } from '@/ui/NumberField';
import { useGradientDescent } from '../hooks/use-gradient-descent';
import type { InfoUnit } from '../cross-entropy-view';
import { ceMessages } from '../strings';
import { LossHistoryChart } from './LossHistoryChart';

interface GradientStepperProps {
  logits: number[];
  label: number[];
  unit: InfoUnit;
  onLogits: (logits: number[]) => void;
  /** Told when auto-run starts and stops: the lesson stays live while it runs. */
  onRunningChange?: (running: boolean) => void;
}

export const DEFAULT_STEP_SIZE = 1;
const MAX_STEP_SIZE = 100;

/** o ← o − η (ŷ − y): one step on click, or a step every quarter second, with the loss curve. */
export function GradientStepper({ logits, label, unit, onLogits, onRunningChange }: GradientStepperProps) {
  const m = useMessages(ceMessages);
  const [learningRate, setLearningRate] = useState(DEFAULT_STEP_SIZE);
  const descent = useGradientDescent({ logits, label, learningRate, onLogits });
  const steps = Math.max(0, descent.history.length - 1);
  useEffect(() => onRunningChange?.(descent.running), [descent.running, onRunningChange]);
  return (
    <div className="ce-stack ce-stepper">
      <div className="row">
        <NumberField
          label={m.stepSize}
          value={learningRate}
          min={0}
          exclusiveMin
          max={MAX_STEP_SIZE}
          onCommit={setLearningRate}
          testId="ce-step-size"
        />
        <button type="button" onClick={descent.stepOnce} disabled={descent.running}>
          {m.gradientStep}
        </button>
        <button type="button" className="button-secondary" onClick={descent.toggleAutoRun}>
          {descent.running ? m.stop : m.autoRun}
        </button>
        <span className="muted" aria-live="polite" data-testid="ce-steps">
          {m.stepsTaken(steps)}
        </span>
      </div>
      {descent.notice && (
        <p className="notice notice-warning" role="status">
          {descent.notice === 'clamped' ? m.clamped : m.stoppedByEdit}
        </p>
      )}
      <h4 className="ce-subtitle">{m.historyHeading}</h4>
      <LossHistoryChart history={descent.history} unit={unit} formatValue={formatNumber} />
    </div>
  );
}
