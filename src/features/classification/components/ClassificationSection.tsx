import { useMemo, useState, type Dispatch } from 'react';
import { useLang, useMessages } from '@/ui/i18n';
import { NotationNote } from '@/ui/NotationNote';
import { FarBoundary } from '@/ui/FarBoundary';
import { SectionShell } from '@/ui/SectionShell';
import { NETWORK_OUTPUTS, classNames, type PlaygroundAction, type PlaygroundState } from '@/state/playground';
import { presetNames } from '@/state/presets';
import { classificationMessages } from '../strings';
import { AssignmentPanel } from './AssignmentPanel';
import { LinearPanel } from './LinearPanel';
import { NetworkPanel } from './NetworkPanel';
import { OneHotExercise } from './OneHotExercise';
import { FIRST_LABEL, OneHotPanel } from './OneHotPanel';
import { SigmoidSumPanel } from './SigmoidSumPanel';
import { TaskPanel } from './TaskPanel';
import '../classification.css';

interface ClassificationSectionProps {
  playground: PlaygroundState;
  dispatch: Dispatch<PlaygroundAction>;
}

/**
 * The first lesson, in the lecture's order: the task (which one, not how much),
 * the label (one-hot), where the logits come from (o = Wx + b), why softmax
 * rather than a sigmoid per class, and why the model is still linear. It shares
 * the playground's logits and network with the lessons after it.
 */
export function ClassificationSection({ playground, dispatch }: ClassificationSectionProps) {
  const m = useMessages(classificationMessages);
  const lang = useLang();
  const { logits, presetId, customNames, source, network } = playground;
  const [labelClass, setLabelClass] = useState(FIRST_LABEL);

  const names = useMemo(
    () => classNames(presetId, customNames, logits.length, lang),
    [presetId, customNames, logits.length, lang],
  );
  // The network's outputs are cat, chicken and dog unless it drives the page's (possibly renamed) classes.
  const networkNames = useMemo(
    () => (source === 'network' ? names.slice(0, NETWORK_OUTPUTS) : presetNames('animals', lang, NETWORK_OUTPUTS)),
    [source, names, lang],
  );

  return (
    <SectionShell id="classification" className="classification-lesson" title={m.title} lead={m.lead}>
      <div className="grid-2 classification-grid">
        <TaskPanel />
        <AssignmentPanel network={network} names={networkNames} />
      </div>
      <OneHotExercise names={names} onShowLabel={setLabelClass} />
      {/* Below the first screen: rendered as the student reads on (the first load builds only the top). */}
      <FarBoundary lazy className="classification-block">
        <OneHotPanel names={names} chosen={labelClass} onChosenChange={setLabelClass} />
      </FarBoundary>
      <FarBoundary lazy className="classification-block">
        <NetworkPanel network={network} fromNetwork={source === 'network'} names={networkNames} dispatch={dispatch} />
      </FarBoundary>
      <FarBoundary lazy className="grid-2 classification-grid classification-block">
        <SigmoidSumPanel logits={logits} names={names} />
        <LinearPanel network={network} names={networkNames} />
      </FarBoundary>
      {/* The notation every lesson links to, stated once, after the lesson has introduced o. */}
      <NotationNote />
    </SectionShell>
  );
}
