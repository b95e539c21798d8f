import { useId, useMemo, useState } from 'react';
import { FASHION_MNIST_CLASSES } from '@/data/classes';
import { DEFAULT_BIN_COUNT } from '@/math/calibration';
import { MathInputError } from '@/math/validate';
import { Formula } from '@/ui/Formula';
import { fixed4, groupThousands } from '@/ui/format';
import { useLang, useMessages } from '@/ui/i18n';
import type { Evaluation } from '@/domain/training-events';
import { calibrate, temperatureExample, temperatureVerdict, type CalibrationResult } from '../calibration-view';
import { calibrationMessages } from '../strings';
import { CalibrationStats } from './CalibrationStats';
import { ReliabilityDiagram } from './ReliabilityDiagram';

interface CalibrationLessonProps {
  evaluation: Evaluation;
  /** The first evaluation.testCount test labels. */
  labels: Uint8Array;
  onOpenInPlayground: (logits: number[], trueClass: number, temperature: number) => void;
}

const BIN_CHOICES = [10, DEFAULT_BIN_COUNT] as const;
const ECE_TEX = '\\text{ECE} = \\sum_{b=1}^{B} \\frac{n_b}{n} \\left|\\, \\text{acc}(b) - \\text{conf}(b) \\,\\right|';
const SCALING_TEX =
  '\\begin{gathered} \\hat{\\mathbf{y}} = \\operatorname{softmax}(\\mathbf{o} / \\tau) \\\\ \\tau^* = \\arg\\min_{\\tau > 0} \\; -\\frac{1}{n_{\\text{val}}} \\sum_{i} \\log \\hat{y}^{(i)}_{y^{(i)}}(\\tau) \\end{gathered}';

type Scored = { ok: true; result: CalibrationResult } | { ok: false; error: string };

export function CalibrationLesson({ evaluation, labels, onOpenInPlayground }: CalibrationLessonProps) {
  const m = useMessages(calibrationMessages);
  const lang = useLang();
  const binsId = useId();
  const [binCount, setBinCount] = useState<number>(DEFAULT_BIN_COUNT);
  const input = useMemo(
    () => ({
      classCount: evaluation.classCount,
      logits: evaluation.logits,
      labels,
      validation: evaluation.validation ?? null,
    }),
    [evaluation, labels],
  );
  const scored = useMemo<Scored>(() => {
    try {
      return { ok: true, result: calibrate(input, binCount) };
    } catch (error) {
      if (error instanceof MathInputError) return { ok: false, error: error.message };
      throw error;
    }
  }, [input, binCount]);
  const fit = scored.ok ? scored.result.fit : null;
  const example = useMemo(() => (fit ? temperatureExample(input, evaluation.predictions, fit.temperature) : null), [fit, input, evaluation]);

  if (!scored.ok) {
    return (
      <p role="alert" className="notice notice-error">
        {m.cannotScore(scored.error)}
      </p>
    );
  }
  const { result } = scored;
  const name = (c: number) => FASHION_MNIST_CLASSES[c]?.[lang] ?? String(c);
  const tau = fit ? fixed4(fit.temperature) : null;

  return (
    <>
      <p className="muted calibration-run">{m.runShown(evaluation.epoch, groupThousands(result.before.count))}</p>
      <h3>{m.confidenceTitle}</h3>
      <p className="calibration-prose">{m.confidenceLead}</p>
      <Formula tex={ECE_TEX} display />
      <div className="row calibration-controls">
        <label htmlFor={binsId}>{m.bins}</label>
        <select id={binsId} value={binCount} onChange={(e) => setBinCount(Number(e.target.value))}>
          {BIN_CHOICES.map((count) => (
            <option key={count} value={count}>
              {count}
            </option>
          ))}
        </select>
      </div>
      <div className="calibration-numbers">
        <CalibrationStats result={result} />
      </div>
      <div className="calibration-figures">
        <ReliabilityDiagram bins={result.before.bins} ece={result.before.ece} title={m.diagramBefore} testId="reliability-diagram" />
        {result.after && tau && (
          <ReliabilityDiagram bins={result.after.bins} ece={result.after.ece} title={m.diagramAfter(tau)} testId="reliability-diagram-calibrated" />
        )}
      </div>

      <h3>{m.scalingTitle}</h3>
      <p className="calibration-prose">{m.scalingLead}</p>
      <Formula tex={SCALING_TEX} display />
      {fit && tau ? (
        <div className="calibration-fit">
          <p className="calibration-tau">
            {m.fittedTemperature}:{' '}
            <strong className="num" data-testid="fitted-temperature" data-fit-ms={result.fitMs?.toFixed(1)}>
              {tau}
            </strong>
          </p>
          <p className="calibration-prose">{m.verdict(temperatureVerdict(fit), tau)}</p>
          {example && (
            <div className="panel calibration-example" data-testid="calibration-example" data-index={example.index}>
              <h4>{m.exampleTitle}</h4>
              <p>
                {m.example(
                  example.index,
                  name(example.trueClass),
                  name(example.predClass),
                  fixed4(example.probsBefore[example.predClass]!),
                  fixed4(example.probsAfter[example.predClass]!),
                  example.probsAfter[example.predClass]! < example.probsBefore[example.predClass]!,
                )}
              </p>
              <button type="button" onClick={() => onOpenInPlayground(example.logits, example.trueClass, fit.temperature)}>
                {m.openAtTau}
              </button>
              <p className="muted calibration-hint">{m.openHint}</p>
            </div>
          )}
        </div>
      ) : (
        <p className="notice notice-warning" data-testid="calibration-no-validation">
          {m.noValidation}
        </p>
      )}
    </>
  );
}
