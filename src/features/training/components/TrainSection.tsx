import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { DatasetHandle } from '@/data/types';
import { useMessages } from '@/ui/i18n';
import { LessonNotes } from '@/ui/LessonNotes';
import { SectionShell } from '@/ui/SectionShell';
import { groupThousands } from '@/ui/format';
import { FarBoundary } from '@/ui/FarBoundary';
import { DEFAULT_TRAIN_SETTINGS, TEST_SIZE, TRAIN_SIZE, withModel, type TrainSettings } from '@/domain/training-config';
import type { EpochSummary, Evaluation, ModelWeights } from '@/domain/training-events';
import { usePageHiddenWhile } from '../hooks/use-page-hidden-while';
import { useTrainingWorker } from '../hooks/use-training-worker';
import { trainNotesMessages } from '../notes-strings';
import { trainMessages } from '../strings';
import '../training.css';
import { AccuracyChart } from './AccuracyChart';
import { EpochTable } from './EpochTable';
import { EpochZeroLine } from './EpochZeroLine';
import { LossChart } from './LossChart';
import { StepSource } from './StepSource';
import { TrainingChapterExercises, TrainingThinkFirst } from './TrainingExercises';
import { TrainKeep } from './TrainKeep';
import { TrainSnippet } from './TrainSnippet';
import { TrainButtons } from './TrainButtons';
import { TrainNotices } from './TrainNotices';
import { TrainSettingsForm } from './TrainSettingsForm';
import { TrainStatusPanel } from './TrainStatusPanel';

const NO_EPOCHS: EpochSummary[] = [];

interface TrainSectionProps {
  dataset: DatasetHandle;
  initialConfig?: TrainSettings;
  /** Every settings change, for the address bar. */
  onConfigChange?: (config: TrainSettings) => void;
  /** The latest test-set evaluation (after each epoch and on pause), for the Mistakes lesson. */
  onEvaluation?: (evaluation: Evaluation | null) => void;
  /** Softmax regression's trained weights, with each evaluation, for the lessons that run the model on the page. */
  onWeights?: (weights: ModelWeights | null) => void;
}

/** The training lesson: settings, controls, live charts and the step's own code. */
export function TrainSection({ dataset, initialConfig = DEFAULT_TRAIN_SETTINGS, onConfigChange, onEvaluation, onWeights }: TrainSectionProps) {
  const m = useMessages(trainMessages);
  const notes = useMessages(trainNotesMessages);
  const [settings, setSettings] = useState<TrainSettings>(initialConfig);
  const { backend, ...config } = settings;
  const worker = useTrainingWorker(dataset, backend, onEvaluation, onWeights);
  const { state } = worker;
  const running = state.status === 'loading' || state.status === 'training' || state.status === 'paused';
  // The Python snippet shows the run's own settings once there is a run, the form's before.
  const shownConfig = state.current?.config ?? config;
  const [wasHidden, dismissHidden] = usePageHiddenWhile(running, state.current?.id ?? null);
  // Hidden runs stay in the saved list, off the charts.
  const hiddenRuns = useMemo<ReadonlySet<number>>(() => new Set(state.earlier.filter((run) => run.hidden).map((run) => run.id)), [state.earlier]);
  const [earlierOpacity, setEarlierOpacity] = useState(0.45);
  // Charts redraw at a lower priority than input: a slider being dragged never waits for them.
  const chartRun = useDeferredValue(state.current);
  const chartEarlier = useDeferredValue(state.earlier);

  const update = useCallback(
    (next: Partial<TrainSettings>) => {
      const { model, ...rest } = next;
      const merged = { ...(model ? withModel(settings, model) : settings), ...rest };
      setSettings(merged);
      onConfigChange?.(merged);
    },
    [settings, onConfigChange],
  );

  const setLearningRate = useCallback((learningRate: number) => update({ learningRate }), [update]);

  // Near the section: fetch the data and start the worker, so Train responds at once.
  const { prepare } = worker;
  const { load } = dataset;
  const warmUp = useCallback(() => {
    load();
    prepare();
  }, [load, prepare]);

  return (
    <SectionShell id="train" title={m.title} lead={m.lead} onFirstNear={warmUp}>
      <TrainingThinkFirst config={config} training={state} onSetLearningRate={setLearningRate} />
      <div className="train-layout">
        <div className="train-controls panel">
          <TrainSettingsForm settings={settings} onChange={update} locked={running} backendInfo={state.backend} />
          {(config.trainLimit !== undefined || config.testLimit !== undefined) && (
            <p className="muted">{m.subset(config.trainLimit ?? TRAIN_SIZE, config.testLimit ?? TEST_SIZE)}</p>
          )}
          <p className="muted" data-testid="validation-held">
            {m.validationHeld(groupThousands(config.validationSize ?? 0), groupThousands(Math.min(config.trainLimit ?? Infinity, TRAIN_SIZE - (config.validationSize ?? 0))))}
          </p>
          {config.model === 'mlp' && <p className="muted" data-testid="mlp-defaults">{m.mlpDefaults}</p>}
          <TrainButtons
            status={state.status}
            onTrain={() => worker.train(config)}
            onPause={worker.pause}
            onResume={worker.resume}
            onReset={worker.reset}
          />
        </div>
        <TrainStatusPanel status={state.status} progress={state.progress} backend={state.backend} firstStepMs={state.firstStepMs} />
        <TrainNotices
          state={state}
          backend={state.backend}
          wasHidden={wasHidden}
          onDismissHidden={dismissHidden}
          onUseWasm={() => update({ backend: 'wasm' })}
          onSetLearningRate={(learningRate) => update({ learningRate })}
        />
        {/* Far from the viewport (the student drags logits in another lesson while this one
            trains) the charts wait until they come near: nobody sees them, and each redraw
            takes recharts about 50 ms of main thread, which training needs too. Between
            runs they catch up when the page is idle: saved runs restored, renamed or hidden. */}
        <FarBoundary className="grid-2" catchUp={running ? 'near' : 'idle'}>
          <LossChart current={chartRun} earlier={chartEarlier} hiddenRuns={hiddenRuns} earlierOpacity={earlierOpacity} />
          <AccuracyChart
            epochs={chartRun?.epochs ?? NO_EPOCHS}
            epochZero={chartRun?.epochZero ?? null}
            epochCount={chartRun?.config.epochs ?? settings.epochs}
            earlier={chartEarlier}
            hiddenRuns={hiddenRuns}
            earlierOpacity={earlierOpacity}
          />
        </FarBoundary>
        <EpochZeroLine epochZero={state.current?.epochZero ?? null} />
        <EpochTable epochs={state.current?.epochs ?? []} />
        <TrainKeep
          worker={worker}
          dataset={dataset}
          config={config}
          opacity={earlierOpacity}
          onOpacity={setEarlierOpacity}
          onEvaluation={onEvaluation}
          onWeights={onWeights}
        />
        <TrainSnippet
          model={shownConfig.model}
          optimizer={shownConfig.optimizer}
          learningRate={shownConfig.learningRate}
          batchSize={shownConfig.batchSize}
          epochCount={shownConfig.epochs}
          weightDecay={shownConfig.weightDecay}
          epochZero={state.current?.epochZero ?? null}
          epochs={state.current?.epochs ?? NO_EPOCHS}
        />
        <LessonNotes title={notes.title} paragraphs={[notes.shapes, notes.standardize, notes.overfitting]} />
        <StepSource />
      </div>
      <TrainingChapterExercises />
    </SectionShell>
  );
}
