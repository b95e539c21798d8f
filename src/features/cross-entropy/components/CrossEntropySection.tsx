import { useCallback, useMemo, useState, type Dispatch } from 'react';
import { classNames as classNamesFor, type PlaygroundAction, type PlaygroundState } from '@/state/playground';
import { useLang, useMessages } from '@/ui/i18n';
import { LessonNotes } from '@/ui/LessonNotes';
import { SectionShell } from '@/ui/SectionShell';
import { lossView, resolveLabel, type InfoUnit } from '../cross-entropy-view';
import { ceNotesMessages } from '../notes-strings';
import { ceMessages } from '../strings';
import { BatchPanel } from './BatchPanel';
import { CeChapterExercises } from './CeChapterExercises';
import { CeThinkFirst } from './CeThinkFirst';
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
  const notes = useMessages(ceNotesMessages);
  const lang = useLang();
  const [unit, setUnit] = useState<InfoUnit>('nats');
  const [stable, setStable] = useState(true);
  // Auto-run steps from the live logits while the lesson is scrolled away, so the lesson stays live meanwhile.
  const [autoRunning, setAutoRunning] = useState(false);
  const { logits, trueClass, labelMode, softLabel, temperature, presetId, customNames } = playground;
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
  const onLogits = useCallback((next: number[]) => dispatch({ type: 'setLogits', logits: next }), [dispatch]);
  const soft = labelMode === 'soft';
  const exerciseProps = { logits, trueClass, classNames, dispatch, onUnitChange: setUnit, onStableChange: setStable };

  return (
    <SectionShell id="cross-entropy" title={m.title} lead={m.lead} hold={!autoRunning}>
      <div className="row ce-toolbar">
        <UnitSwitch unit={unit} onChange={setUnit} />
      </div>
      {/* The lecture's order: the loss from maximum likelihood first, then its information-theory reading. */}
      <BatchPanel unit={unit} />
      <CeThinkFirst {...exerciseProps} />
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
      <LessonNotes title={notes.title} paragraphs={[notes.labelNoise, notes.regression, notes.compression]} />
      <LogZeroPanel
        logits={logits}
        trueClass={trueClass}
        unit={unit}
        stable={stable}
        onStableChange={setStable}
        dispatch={dispatch}
      />
      <h3>{m.gradientHeading(soft)}</h3>
      <p className="lesson-lead">{m.gradientHint}</p>
      <GradientPanel classNames={classNames} logits={logits} view={view} trueClass={trueClass} soft={soft}>
        <GradientStepper logits={logits} label={label} unit={unit} onLogits={onLogits} onRunningChange={setAutoRunning} />
      </GradientPanel>
      <CeChapterExercises {...exerciseProps} />
    </SectionShell>
  );
}
