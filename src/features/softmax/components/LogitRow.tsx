import {type Dispatch} from 'react';
import type { Lang } from '@/ui/i18n';
import { useMessages } from '@/ui/i18n';
import { NumberField } from '@/ui/NumberField';
import { Slider } from '@/ui/Slider';
import { classColor } from '@/ui/palette';
import { formatNumber } from '@/ui/format';
import { LOGIT_LIMIT } from '@/domain/playground-limits';
import type { PlaygroundAction } from '@/state/playground';
import { softmaxMessages } from '../strings';
import { ClassNameField } from './ClassNameField';

export const LOGIT_SLIDER_MIN = -10;
export const LOGIT_SLIDER_MAX = 10;

interface LogitRowProps {
  index: number;
  logit: number;
  name: string;
  lang: Lang;
  dispatch: Dispatch<PlaygroundAction>;
}

/** One class: its name, a slider for quick dragging and a number box for exact (or huge) values. */
export function LogitRow({ index, logit, name, lang, dispatch }: LogitRowProps) {
  const m = useMessages(softmaxMessages);
  const i = index + 1;
  const setLogit = (value: number) => dispatch({ type: 'setLogit', index, value });
  return (
    <li className="logit-row">
      <span className="logit-swatch" style={{ background: classColor(index) }} aria-hidden="true" />
      <ClassNameField
        label={m.className(i)}
        name={name}
        onCommit={(next) => dispatch({ type: 'setClassName', index, name: next, lang })}
      />
      <span className="logit-symbol" aria-hidden="true">
        o<sub>{i}</sub>
      </span>
      <Slider
        label={m.logit(i)}
        hideLabel
        // A logit typed beyond the track (1000) pins the thumb at the end; the number box says the truth.
        value={Math.min(LOGIT_SLIDER_MAX, Math.max(LOGIT_SLIDER_MIN, logit))}
        min={LOGIT_SLIDER_MIN}
        max={LOGIT_SLIDER_MAX}
        step={0.1}
        valueText={formatNumber(logit)}
        showValue={false}
        onChange={setLogit}
        className="logit-slider"
      />
      <NumberField
        label={m.logitValue(i)}
        hideLabel
        value={logit}
        min={-LOGIT_LIMIT}
        max={LOGIT_LIMIT}
        onCommit={setLogit}
        className="logit-number"
      />
    </li>
  );
}
