import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { softmaxCrossEntropy } from '@/math/cross-entropy';
import { stepLogits } from '../cross-entropy-view';

/** A visible pace: four steps a second, slow enough to watch each bar move. */
export const AUTO_RUN_INTERVAL_MS = 250;
/** Auto-run ends by itself once the loss is all but zero, or after this many steps (the point is made by then). */
export const AUTO_RUN_MAX_STEPS = 120;
export const AUTO_RUN_MIN_LOSS = 1e-3;
const HISTORY_LIMIT = 200;

export type DescentNotice = 'clamped' | 'stoppedByEdit' | null;

interface Run {
  /** Loss in nats before the first step, then after each step. */
  history: number[];
  /** The logits and label the last step produced; any other value means the student changed them. */
  key: string | null;
}

const keyOf = (logits: readonly number[], label: readonly number[]): string => JSON.stringify([logits, label]);

interface Options {
  logits: readonly number[];
  label: readonly number[];
  learningRate: number;
  onLogits: (logits: number[]) => void;
}

/**
 * Gradient steps on the shared logits, one at a time or on a timer, with the
 * loss after each. The run's history belongs to one chain of steps: a change
 * made by hand (dragging a logit, picking another class) stops the timer and
 * starts a fresh curve at the next step.
 */
export function useGradientDescent({ logits, label, learningRate, onLogits }: Options) {
  const [run, setRun] = useState<Run>({ history: [], key: null });
  const [running, setRunning] = useState(false);
  const [notice, setNotice] = useState<DescentNotice>(null);
  const [autoSteps, setAutoSteps] = useState(0);
  const key = keyOf(logits, label);
  const editedByHand = run.key !== null && run.key !== key;

  // Adjusting state during render (not in an effect) stops the timer before it fires again.
  if (running && editedByHand) {
    setRunning(false);
    setNotice('stoppedByEdit');
  }

  const step = useCallback((): boolean => {
    const before = softmaxCrossEntropy(logits, label);
    const { logits: next, clamped } = stepLogits(logits, label, learningRate);
    const after = softmaxCrossEntropy(next, label);
    const continued = run.key === key;
    const history = [...(continued ? run.history : [before]), after].slice(-HISTORY_LIMIT);
    setRun({ history, key: keyOf(next, label) });
    setNotice(clamped ? 'clamped' : null);
    onLogits(next);
    const unchanged = next.every((z, j) => z === logits[j]);
    return !(unchanged || after < AUTO_RUN_MIN_LOSS);
  }, [logits, label, learningRate, run, key, onLogits]);

  const onTick = useEffectEvent(() => {
    const more = step();
    setAutoSteps((n) => n + 1);
    if (!more || autoSteps + 1 >= AUTO_RUN_MAX_STEPS) setRunning(false);
  });

  useEffect(() => {
    if (!running) return undefined;
    const timer = window.setInterval(() => onTick(), AUTO_RUN_INTERVAL_MS);
    // A student who reaches for any field or slider (here or in the Softmax section) takes over:
    // stepping on under their hands would rewrite a number while they type it.
    const handOver = (event: Event) => {
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) {
        setRunning(false);
        setNotice('stoppedByEdit');
      }
    };
    document.addEventListener('pointerdown', handOver, true);
    document.addEventListener('focusin', handOver, true);
    // Cleared on stop and on unmount, so no step lands on a section that is gone.
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('pointerdown', handOver, true);
      document.removeEventListener('focusin', handOver, true);
    };
  }, [running]);

  const toggleAutoRun = useCallback(() => {
    setRunning((was) => !was);
    setAutoSteps(0);
    setNotice(null);
  }, []);

  const stepOnce = useCallback(() => {
    step();
  }, [step]);

  return {
    /** The current chain's losses (nats); empty until the first step of a chain. */
    history: editedByHand ? [] : run.history,
    running,
    notice,
    stepOnce,
    toggleAutoRun,
  };
}
