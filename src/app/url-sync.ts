import { classNamesOf, DEFAULT_PLAYGROUND, type PlaygroundState } from '@/state/playground';
import { genericClassName } from '@/state/presets';
import type { Lang } from '@/ui/i18n';
import { DEFAULT_TRAIN_CONFIG, DEFAULT_TRAIN_SETTINGS, MODEL_OPTIMIZER, type BackendName, type TrainConfig } from '@/domain/training-config';
import { isLogitInRange } from '@/domain/playground-limits';
import {
  MAX_NAME_LENGTH,
  parseUrlState,
  SECTION_IDS,
  serializeUrlState,
  type SectionId,
  type UrlState,
} from './url-state';

/**
 * The other direction of initial-state.ts: what the student has set, written
 * as link parameters. Only what differs from the defaults is written, so a
 * fresh page has a clean address and a link carries exactly its changes.
 */

export type PlaygroundParams = Pick<UrlState, 'logits' | 'preset' | 'names' | 'tau' | 'true'>;
export type TrainParams = Pick<
  UrlState,
  'lr' | 'batch' | 'epochs' | 'model' | 'backend' | 'optimizer' | 'scaling' | 'wd' | 'seed' | 'train' | 'test' | 'val'
>;

export const TRAIN_PARAM_KEYS = [
  'lr',
  'batch',
  'epochs',
  'model',
  'backend',
  'optimizer',
  'scaling',
  'wd',
  'seed',
  'train',
  'test',
  'val',
] as const satisfies readonly (keyof TrainParams)[];

const sameNumbers = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/** The preset a link without `preset` gets (initialPlayground): ten classes read as Fashion-MNIST. */
const impliedPreset = (classCount: number) => (classCount > 3 ? 'fashion' : DEFAULT_PLAYGROUND.presetId);

/** A name as the link can carry it: trimmed, at most MAX_NAME_LENGTH characters, never empty. */
const linkableName = (name: string, index: number, lang: Lang) =>
  name.trim().slice(0, MAX_NAME_LENGTH).trim() || genericClassName(index, lang);

export function playgroundToUrl(state: PlaygroundState, lang: Lang): PlaygroundParams {
  const params: PlaygroundParams = {};
  const logitsChanged = !sameNumbers(state.logits, DEFAULT_PLAYGROUND.logits);
  if (logitsChanged && state.logits.every(isLogitInRange)) {
    params.logits = [...state.logits];
  }
  if (state.presetId === 'custom') {
    params.names = classNamesOf(state, lang).map((name, j) => linkableName(name, j, lang));
  } else if (state.presetId !== impliedPreset(state.logits.length)) {
    params.preset = state.presetId;
  }
  if (state.temperature !== DEFAULT_PLAYGROUND.temperature) params.tau = state.temperature;
  if (state.trueClass !== DEFAULT_PLAYGROUND.trueClass) params.true = state.trueClass;
  return params;
}

/** The training settings, with the backend when the training section reports one. */
export type LinkedTrainConfig = TrainConfig & { backend?: BackendName };

export function trainConfigToUrl(config: LinkedTrainConfig): TrainParams {
  const d = DEFAULT_TRAIN_CONFIG;
  const params: TrainParams = {};
  if (config.learningRate !== d.learningRate) params.lr = config.learningRate;
  if (config.batchSize !== d.batchSize) params.batch = config.batchSize;
  if (config.epochs !== d.epochs) params.epochs = config.epochs;
  if (config.model !== d.model) params.model = config.model;
  if (config.backend !== undefined && config.backend !== DEFAULT_TRAIN_SETTINGS.backend) params.backend = config.backend;
  // The link names the optimizer only where it differs from the model's default.
  if (config.optimizer !== MODEL_OPTIMIZER[config.model]) params.optimizer = config.optimizer;
  if (config.scaling !== d.scaling) params.scaling = config.scaling;
  if (config.weightDecay !== d.weightDecay) params.wd = config.weightDecay;
  if (config.seed !== d.seed) params.seed = config.seed;
  if (config.trainLimit !== undefined) params.train = config.trainLimit;
  if (config.testLimit !== undefined) params.test = config.testLimit;
  if (config.validationSize !== undefined && config.validationSize !== d.validationSize) params.val = config.validationSize;
  return params;
}

/** The training parameters a link brought, kept as they were until the student changes a setting. */
export const trainParamsOf = (url: UrlState): TrainParams =>
  Object.fromEntries(TRAIN_PARAM_KEYS.filter((k) => url[k] !== undefined).map((k) => [k, url[k]])) as TrainParams;

export interface PageState {
  playground: PlaygroundState;
  lang: Lang;
  /** Whether the address names the language (it did at load, or the student switched). */
  langInUrl: boolean;
  train: TrainParams;
  sections: readonly SectionId[];
  presenter: boolean;
  /** Set when the address names a theme; otherwise the remembered preference rules. */
  theme?: UrlState['theme'];
  /** The exercise the link opened, kept in the address so a reload opens it again. */
  exercise?: string;
}

/**
 * Everything the address shows. Values the parser would reject are dropped
 * here, so the page never writes a link that greets its reader with a notice.
 */
export function pageToUrl(page: PageState): UrlState {
  const all = page.sections.length === SECTION_IDS.length && SECTION_IDS.every((id) => page.sections.includes(id));
  const state: UrlState = {
    lang: page.langInUrl ? page.lang : undefined,
    ...playgroundToUrl(page.playground, page.lang),
    ...page.train,
    sections: all ? undefined : SECTION_IDS.filter((id) => page.sections.includes(id)),
    presenter: page.presenter ? true : undefined,
    theme: page.theme,
    exercise: page.exercise,
  };
  return parseUrlState(serializeUrlState(state)).state;
}

/**
 * The link to hand to students: the same lesson state and sections, in the
 * page's language, without the projector's presenter mode or theme.
 */
export function shareUrl(page: PageState, location: { origin: string; pathname: string; hash: string; search: string }) {
  const state: UrlState = { ...pageToUrl({ ...page, langInUrl: true }), presenter: undefined, theme: undefined };
  return `${location.origin}${location.pathname}${serializeUrlState(state, location.search)}${location.hash}`;
}
