import {type Dispatch} from 'react';
import { useMessages } from '@/ui/i18n';
import { Slider } from '@/ui/Slider';
import { fixed4 } from '@/ui/format';
import { TEMPERATURE_MAX, TEMPERATURE_MIN } from '@/domain/playground-limits';
import type { PlaygroundAction } from '@/state/playground';
import { lessonMessages } from '../lesson-strings';
import { softmaxMessages } from '../strings';
import { coldLimit } from '../softmax-view';
import { TEMPERATURE_STEPS, positionOf, temperatureAt } from '../temperature-scale';

interface TemperaturePanelProps {
  logits: number[];
  temperature: number;
  names: string[];
  dispatch: Dispatch<PlaygroundAction>;
}

const QUICK_TEMPERATURES = [TEMPERATURE_MIN, 1, TEMPERATURE_MAX] as const;

/** τ on a log-scale slider, quick settings, and its two limits. */
export function TemperaturePanel({ logits, temperature, names, dispatch }: TemperaturePanelProps) {
  const m = useMessages(softmaxMessages);
  const lesson = useMessages(lessonMessages);
  const setTemperature = (t: number) => dispatch({ type: 'setTemperature', temperature: t });
  const cold = coldLimit(logits);
  const winnerNames = cold.winners.map((j) => names[j] ?? '');

  return (
    <div className="panel temperature-panel">
      <h3>{m.temperatureHeading}</h3>
      <Slider
        label={m.temperature}
        value={positionOf(temperature)}
        min={0}
        max={TEMPERATURE_STEPS}
        step={1}
        valueText={fixed4(temperature)}
        valueTestId="temperature-value"
        onChange={(position) => setTemperature(temperatureAt(position))}
        className="temperature-slider"
      />
      <div className="row quick-temperatures">
        {QUICK_TEMPERATURES.map((t) => (
          <button key={t} type="button" className="button-quiet" aria-pressed={temperature === t} onClick={() => setTemperature(t)}>
            {m.setTemperature(String(t))}
          </button>
        ))}
      </div>
      <p className="lesson-text">{lesson.temperatureWhy}</p>
      <dl className="limits">
        <dt>{m.limitCold}</dt>
        <dd>
          {cold.winners.length === 1
            ? m.limitColdValue(winnerNames[0]!)
            : m.limitColdTied(winnerNames.join(', '), cold.winners.length, fixed4(cold.share))}
        </dd>
        <dt>{m.limitHot}</dt>
        <dd>{m.limitHotValue(fixed4(1 / logits.length))}</dd>
      </dl>
    </div>
  );
}
