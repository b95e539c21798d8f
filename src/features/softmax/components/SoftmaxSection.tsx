import { useMemo, useState, type Dispatch } from 'react';
import { useLang, useMessages } from '@/ui/i18n';
import { FarBoundary } from '@/ui/FarBoundary';
import { SectionShell } from '@/ui/SectionShell';
import { classNames, type PlaygroundAction, type PlaygroundState } from '@/state/playground';
import { softmaxView } from '../softmax-view';
import { softmaxMessages } from '../strings';
import { LogitControls } from './LogitControls';
import { LsePanel } from './LsePanel';
import { OverflowPanel } from './OverflowPanel';
import { ProbabilityView } from './ProbabilityView';
import { ShiftPanel } from './ShiftPanel';
import { SigmoidPanel } from './SigmoidPanel';
import { SoftmaxChapterExercises, SoftmaxThinkFirst } from './SoftmaxExercises';
import { SoftmaxFormulas } from './SoftmaxFormulas';
import { SoftmaxSnippet } from './SoftmaxSnippet';
import { TemperaturePanel } from './TemperaturePanel';
import '../softmax.css';

interface SoftmaxSectionProps {
  playground: PlaygroundState;
  dispatch: Dispatch<PlaygroundAction>;
}

/**
 * The softmax lesson. It computes the softmax once per change and hands the
 * numbers to memoized panels, so dragging a logit re-renders only what shows it.
 */
export function SoftmaxSection({ playground, dispatch }: SoftmaxSectionProps) {
  const m = useMessages(softmaxMessages);
  const lang = useLang();
  const { logits, temperature, stable, floatFormat, presetId, customNames, source } = playground;
  const [focus, setFocus] = useState(0);

  const names = useMemo(
    () => classNames(presetId, customNames, logits.length, lang),
    [presetId, customNames, logits.length, lang],
  );
  const view = useMemo(
    () => softmaxView(logits, temperature, stable, floatFormat),
    [logits, temperature, stable, floatFormat],
  );

  return (
    <SectionShell id="softmax" title={m.title} lead={m.lead}>
      <div className="softmax-playground">
        <div className="softmax-column">
          <LogitControls logits={logits} names={names} presetId={presetId} source={source} dispatch={dispatch} />
          <TemperaturePanel logits={logits} temperature={temperature} names={names} dispatch={dispatch} />
        </div>
        <ProbabilityView view={view} names={names} />
      </div>
      {/* Below the sliders and bars, each block follows a drag only while it is near the
          view: the formulas' typesetting alone was a large share of each input (README, Performance). */}
      <FarBoundary>
        <SoftmaxThinkFirst logits={logits} temperature={temperature} names={names} dispatch={dispatch} />
      </FarBoundary>
      <FarBoundary>
        <SoftmaxFormulas view={view} names={names} focus={focus} onFocusChange={setFocus} />
      </FarBoundary>
      <FarBoundary>
        <SoftmaxSnippet logits={logits} temperature={temperature} stable={stable} />
      </FarBoundary>
      <FarBoundary>
        <div className="grid-2 softmax-lessons">
          <OverflowPanel view={view} dispatch={dispatch} />
          <LsePanel logits={logits} temperature={temperature} />
          <ShiftPanel logits={logits} temperature={temperature} dispatch={dispatch} />
          <SigmoidPanel logits={logits} temperature={temperature} dispatch={dispatch} />
        </div>
      </FarBoundary>
      <FarBoundary>
        <SoftmaxChapterExercises logits={logits} dispatch={dispatch} />
      </FarBoundary>
    </SectionShell>
  );
}
