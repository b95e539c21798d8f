import { DEFAULT_PLAYGROUND, type PlaygroundState } from '@/state/playground';
import { isPresetId } from '@/state/presets';
import { DEFAULT_TRAIN_SETTINGS, MODEL_OPTIMIZER, type TrainSettings } from '@/domain/training-config';
import type { UrlState } from './url-state';

/** The playground as a link describes it, on top of the defaults. */
export function initialPlayground(url: UrlState): PlaygroundState {
  let state: PlaygroundState = { ...DEFAULT_PLAYGROUND };
  const count = url.logits?.length ?? url.names?.length;
  if (url.logits) state.logits = url.logits;
  else if (count) state.logits = Array.from({ length: count }, (_, j) => DEFAULT_PLAYGROUND.logits[j] ?? 0);
  if (url.names) state = { ...state, presetId: 'custom', customNames: url.names };
  else if (url.preset && isPresetId(url.preset)) state.presetId = url.preset;
  else if (state.logits.length > 3) state.presetId = 'fashion';
  if (url.tau !== undefined) state.temperature = url.tau;
  // parseUrlState has checked it against these classes; a state from elsewhere is checked again.
  if (url.true !== undefined && url.true < state.logits.length) state.trueClass = url.true;
  state.softLabel = state.logits.map(() => 1);
  return state;
}

/** The training settings a link describes (each parameter already validated), on top of the defaults. */
export function initialTrainSettings(url: UrlState): TrainSettings {
  const d = DEFAULT_TRAIN_SETTINGS;
  const model = url.model ?? d.model;
  return {
    model,
    // Each model has its own default optimizer (plain SGD for softmax regression).
    optimizer: url.optimizer ?? MODEL_OPTIMIZER[model],
    learningRate: url.lr ?? d.learningRate,
    batchSize: url.batch ?? d.batchSize,
    epochs: url.epochs ?? d.epochs,
    weightDecay: url.wd ?? d.weightDecay,
    scaling: url.scaling ?? d.scaling,
    seed: url.seed ?? d.seed,
    validationSize: url.val ?? d.validationSize ?? 0,
    backend: url.backend ?? d.backend,
    ...(url.train !== undefined && { trainLimit: url.train }),
    ...(url.test !== undefined && { testLimit: url.test }),
  };
}
