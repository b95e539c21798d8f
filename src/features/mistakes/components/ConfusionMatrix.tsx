import { useId, useState } from 'react';
import { fixed4 } from '@/ui/format';
import { useLang, useMessages } from '@/ui/i18n';
import type { MistakeAnalysis } from '../hooks/use-mistake-analysis';
import { fashionClassName } from '../lib/class-names';
import { cellColors, cellIntensity, maxOffDiagonal } from '../lib/confusion-shade';
import { mistakesMessages } from '../strings';
import { ScrollRegion } from '@/ui/ScrollRegion';

interface ConfusionMatrixProps {
  analysis: MistakeAnalysis;
  /** The (true, predicted) cell the gallery is filtered to, if any. */
  selected: { trueClass: number; predClass: number | null } | null;
  onSelectCell: (trueClass: number, predClass: number) => void;
}

/**
 * The 10×10 heatmap. Each cell is a button; its `confusion-cell` element holds
 * the count and nothing else, in both modes, so checks can sum the counts. Rate
 * mode adds the row rate as a second line beside it (outside that element).
 */
export function ConfusionMatrix({ analysis, selected, onSelectCell }: ConfusionMatrixProps) {
  const m = useMessages(mistakesMessages);
  const lang = useLang();
  const [showRates, setShowRates] = useState(false);
  const hintId = useId();
  const { matrix, rates, perClass, correct, total, accuracy } = analysis;
  const maxMistakeRate = maxOffDiagonal(rates);
  const names = matrix.map((_, c) => fashionClassName(c, lang));

  return (
    <div className="cm">
      <label className="cm-toggle">
        <input
          type="checkbox"
          checked={showRates}
          aria-describedby={hintId}
          onChange={(event) => setShowRates(event.target.checked)}
        />
        {m.showRates}
      </label>
      <p id={hintId} className="muted cm-hint">
        {m.showRatesHint}
      </p>
      <ScrollRegion label={m.matrixCaption} className="cm-scroll">
        <table className="cm-table">
          <caption className="visually-hidden">{m.matrixCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className="cm-corner">
                <span className="cm-axis-true">{m.trueAxis} ↓</span>
                <span className="cm-axis-pred">{m.predAxis} →</span>
              </th>
              {names.map((name, p) => (
                <th key={p} scope="col" className="cm-col-head">
                  <span>{name}</span>
                </th>
              ))}
              <th scope="col" className="cm-acc-head">
                {m.accuracyColumn}
              </th>
            </tr>
          </thead>
          <tbody>
            {matrix.map((row, t) => (
              <tr key={t}>
                <th scope="row" className="cm-row-head">
                  {names[t]}
                </th>
                {row.map((count, p) => {
                  const rate = rates[t]![p]!;
                  const diagonal = t === p;
                  const intensity = cellIntensity(rate, diagonal, maxMistakeRate);
                  const isSelected =
                    selected !== null &&
                    selected.trueClass === t &&
                    (selected.predClass === p || (diagonal && selected.predClass === null));
                  const colors = cellColors(intensity, diagonal);
                  return (
                    <td key={p} className="cm-td">
                      <button
                        type="button"
                        className="cm-cell"
                        style={{ background: colors.background, color: colors.text }}
                        aria-pressed={isSelected}
                        aria-label={
                          diagonal
                            ? m.diagonalCellLabel(count, fixed4(rate), names[t]!)
                            : m.cellLabel(count, fixed4(rate), names[t]!, names[p]!)
                        }
                        onClick={() => onSelectCell(t, p)}
                      >
                        <span data-testid="confusion-cell" data-true={t} data-pred={p} className="cm-count num">
                          {count}
                        </span>
                        {showRates && <span className="cm-rate num">{fixed4(rate)}</span>}
                      </button>
                    </td>
                  );
                })}
                <td className="cm-acc num" data-testid="class-accuracy" data-class={t}>
                  {perClass[t] === null ? '—' : fixed4(perClass[t]!)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="cm-overall">
        {m.overall}{' '}
        <span className="num">
          {correct} / {total} ={' '}
          <span data-testid="confusion-accuracy">{accuracy === null ? '—' : fixed4(accuracy)}</span>
        </span>
      </p>
    </div>
  );
}
