import { useCallback, useMemo, useState, type Dispatch } from 'react';
import { classNames as classNamesFor, type PlaygroundAction, type PlaygroundState } from '@/state/playground';
import { useLang, useMessages } from '@/ui/i18n';
import { SectionShell } from '@/ui/SectionShell';
import { useIdleWhenFar, useNearViewport } from '@/ui/use-near-viewport';
import { lossView, resolveLabel, type InfoUnit } from '../model';
import { ceMessages } from '../strings';
import { BatchPanel } from './BatchPanel';
import { GradientPanel } from './GradientPanel';
import { GradientStepper } from './GradientStepper';
import { LabelPanel } from './LabelPanel';
import { LogZeroPanel } from './LogZeroPanel';
import { LossPanel } from './LossPanel';
import { SurprisalPanel } from './SurprisalPanel';
import { UnitSwitch } from './UnitSwitch';
import '../cross-entropy.css';

interface CrossEntropySectionProps {
  playground: PlaygroundState;
  dispatch: Dispatch<PlaygroundAction>;
}

/** The cross-entropy lesson on the playground's shared logits; it composes the panels and owns the unit and route. */
export function CrossEntropySection({ playground, dispatch }: CrossEntropySectionProps) {
  const m = useMessages(ceMessages);
  const lang = useLang();
  const [unit, setUnit] = useState<InfoUnit>('nats');
  const [stable, setStable] = useState(true);
  // Far off screen (the logits dragged in the Softmax lesson above), the lesson shows the
  // shared state as of the student's last pause: a drag then re-renders none of it.
  const [sectionElement, setSectionElement] = useState<HTMLElement | null>(null);
  const shown = useIdleWhenFar(playground, useNearViewport(sectionElement));
  const { logits, trueClass, labelMode, softLabel, temperature, presetId, customNames } = shown;
  // Keyed on what names depend on, not on the whole playground: a logit drag keeps the same array.
  const classNames = useMemo(
    () => classNamesFor(presetId, customNames, logits.length, lang),
    [presetId, customNames, logits.length, lang],
  );
  const label = useMemo(
    () => resolveLabel(labelMode, trueClass, softLabel, logits.length),
    [labelMode, trueClass, softLabel, logits.length],
  );
  const view = useMemo(() => lossView(logits, label, stable), [logits, label, stable]);
  // A gradient step (auto-run goes on while the lesson is scrolled away) starts from the live state.
  const liveLabel = useMemo(
    () => resolveLabel(playground.labelMode, playground.trueClass, playground.softLabel, playground.logits.length),
    [playground.labelMode, playground.trueClass, playground.softLabel, playground.logits.length],
  );
  const onLogits = useCallback((next: number[]) => dispatch({ type: 'setLogits', logits: next }), [dispatch]);
  const soft = labelMode === 'soft';

  return (
    <SectionShell ref={setSectionElement} id="cross-entropy" title={m.title} lead={m.lead}>
      <div className="row ce-toolbar">
        <UnitSwitch unit={unit} onChange={setUnit} />
      </div>
      {temperature !== 1 && <p className="notice ce-note">{m.temperatureNote(String(temperature))}</p>}
      <div className="grid-2">
        <LabelPanel
          classNames={classNames}
          trueClass={trueClass}
          labelMode={labelMode}
          softWeights={softLabel}
          view={view}
          dispatch={dispatch}
        />
        <LossPanel
          mode={labelMode}
          view={view}
          trueClass={trueClass}
          className={classNames[trueClass] ?? ''}
          unit={unit}
          stable={stable}
          logits={logits}
        />
      </div>
      <SurprisalPanel classNames={classNames} view={view} trueClass={trueClass} unit={unit} />
      <LogZeroPanel
        logits={logits}
        trueClass={trueClass}
        unit={unit}
        stable={stable}
        onStableChange={setStable}
        dispatch={dispatch}
      />
      <h3>{m.gradientHeading}</h3>
      <p className="lesson-lead">{m.gradientHint}</p>
      <GradientPanel classNames={classNames} logits={logits} view={view} trueClass={trueClass} soft={soft}>
        <GradientStepper logits={playground.logits} label={liveLabel} unit={unit} onLogits={onLogits} />
      </GradientPanel>
      <BatchPanel unit={unit} />
    </SectionShell>
  );
}
