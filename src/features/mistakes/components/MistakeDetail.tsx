import { useMemo } from 'react';
import type { ImageSet } from '@/data/types';
import { probabilitiesAt } from '@/math/metrics';
import { BarChart, type BarDatum } from '@/ui/BarChart';
import { fixed4 } from '@/ui/format';
import { useLang, useMessages } from '@/ui/i18n';
import type { Evaluation } from '@/domain/training-events';
import { fashionClassName } from '../lib/class-names';
import { imageAt } from '../lib/weight-images';
import { mistakesMessages } from '../strings';
import { PixelCanvas } from './PixelCanvas';

interface MistakeDetailProps {
  index: number;
  trueClass: number;
  evaluation: Evaluation;
  testSet: ImageSet;
  onOpenInPlayground: (logits: number[], trueClass: number) => void;
}

const GRAY = { kind: 'gray' } as const;
const PROB_DOMAIN: [number, number] = [0, 1];
// Ten bar labels share a narrow panel; the table below gives every value to 4 places.
const twoDecimals = (p: number): string => p.toFixed(2);

/**
 * One test image, large, with the model's 10 logits and the probabilities
 * softmax makes of them, and a way to replay that softmax in the playground.
 */
export function MistakeDetail({ index, trueClass, evaluation, testSet, onOpenInPlayground }: MistakeDetailProps) {
  const m = useMessages(mistakesMessages);
  const lang = useLang();
  const { classCount, logits: allLogits, predictions } = evaluation;
  const { images, rows, cols } = testSet;
  const predClass = predictions[index]!;
  const pixels = useMemo(() => imageAt(images, rows * cols, index), [images, rows, cols, index]);
  const logits = useMemo(
    () => Array.from(allLogits.subarray(index * classCount, (index + 1) * classCount)),
    [allLogits, index, classCount],
  );
  const probs = useMemo(() => probabilitiesAt(allLogits, classCount, index), [allLogits, classCount, index]);
  const names = useMemo(() => logits.map((_, c) => fashionClassName(c, lang)), [logits, lang]);

  const bars = useMemo<BarDatum[] | null>(
    () =>
      probs &&
      probs.map((p, c) => ({
        key: String(c),
        label: names[c]!,
        value: p,
        // Blue and amber tell true from predicted for every common form of colour blindness; the rest stay grey.
        color: c === trueClass ? 'var(--accent)' : c === predClass ? 'var(--highlight)' : 'var(--text-muted)',
        highlight: c === predClass,
      })),
    [probs, names, trueClass, predClass],
  );

  return (
    <div className="detail" data-testid="mistake-detail" data-index={index}>
      <h4 className="detail-title">{m.detailTitle(index)}</h4>
      <div className="detail-top">
        <PixelCanvas values={pixels} rows={rows} cols={cols} scale={GRAY} className="detail-image" label={m.detailImage(index)} />
        <dl className="detail-labels">
          <dt>{m.trueLabel}</dt>
          <dd className="detail-true">{names[trueClass]}</dd>
          <dt>{m.predLabel}</dt>
          <dd className={predClass === trueClass ? 'detail-true' : 'detail-pred'}>{names[predClass]}</dd>
        </dl>
      </div>
      {predClass === trueClass && <p className="notice">{m.nowCorrect}</p>}
      {bars ? (
        <BarChart data={bars} domain={PROB_DOMAIN} ariaLabel={m.probsChart(index)} formatValue={twoDecimals} height={240} />
      ) : (
        <p className="notice notice-warning">{m.diverged}</p>
      )}
      <table className="numbers detail-table">
        <thead>
          <tr>
            <th scope="col">{m.classColumn}</th>
            <th scope="col">{m.logitColumn}</th>
            <th scope="col">{m.probColumn}</th>
          </tr>
        </thead>
        <tbody>
          {logits.map((z, c) => (
            <tr key={c} className={c === predClass ? 'detail-row-pred' : c === trueClass ? 'detail-row-true' : undefined}>
              <th scope="row">{names[c]}</th>
              <td className="num" data-testid={`detail-logit-${c}`}>
                {fixed4(z)}
              </td>
              <td className="num" data-testid={`detail-prob-${c}`}>
                {probs ? fixed4(probs[c]!) : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" disabled={!probs} onClick={() => onOpenInPlayground(logits, trueClass)}>
        {m.openInPlayground}
      </button>
      <p className="muted detail-hint">{m.openHint}</p>
    </div>
  );
}
