import type { Lang } from '@/ui/i18n';
import { affine } from '@/math/linear';
import type { FloatFormat } from '@/math/softmax';
import { genericClassName, presetNames, type PresetId } from './presets';

/**
 * The playground's model, shared by the softmax and cross-entropy lessons (they
 * act on the same logits). It lives below the features because features do not
 * import each other; the app owns the one instance and passes it down.
 */
export interface PlaygroundState {
  logits: number[];
  /** Where class names come from; 'custom' once the student edits a name. */
  presetId: PresetId | 'custom';
  /** The names in force when presetId is 'custom'. */
  customNames: string[];
  temperature: number;
  /** Subtract the max before exp (checked by default); off shows the overflow. */
  stable: boolean;
  /** The softmax's arithmetic: float64 (JavaScript's) or float32 (training's), where exp overflows past 88.72. */
  floatFormat: FloatFormat;
  trueClass: number;
  labelMode: 'hard' | 'soft';
  /** Soft-label weights, one per class (normalized where used). */
  softLabel: number[];
  /**
   * The logits of classes removed by shrinking the class count, by class index
   * (entries below the current count are stale): growing the count back restores
   * them, until the page reloads. Custom names are kept the same way, in customNames.
   */
  shelvedLogits?: number[];
  /** Who sets the logits: the student by hand, or the small network o = Wx + b. */
  source: 'manual' | 'network';
  network: NetworkParams;
}

/**
 * The textbook's smallest softmax regression: a 2×2 grey image (4 pixels,
 * row-major, 0 = black … 1 = white) fully connected to 3 outputs (cat, chicken, dog).
 */
export interface NetworkParams {
  pixels: number[];
  /** weights[i][j]: from pixel j to output i (3 × 4). */
  weights: number[][];
  biases: number[];
}

export const NETWORK_INPUTS = 4;
export const NETWORK_OUTPUTS = 3;

export const DEFAULT_NETWORK: NetworkParams = {
  pixels: [0.9, 0.2, 0.6, 0.1],
  weights: [
    [1.5, -0.5, 0.8, -1],
    [-0.6, 1.2, 0.3, 0.4],
    [0.2, 0.1, -0.9, 1.6],
  ],
  biases: [0.1, -0.2, 0.3],
};

/** The network's outputs o = Wx + b, the logits it feeds to the softmax. */
export const networkLogits = (network: NetworkParams): number[] =>
  affine(network.weights, network.pixels, network.biases);

export const DEFAULT_PLAYGROUND: PlaygroundState = {
  logits: [1, 2, 3],
  presetId: 'animals',
  customNames: [],
  temperature: 1,
  stable: true,
  floatFormat: 'float64',
  trueClass: 0,
  labelMode: 'hard',
  softLabel: [1, 1, 1],
  source: 'manual',
  network: DEFAULT_NETWORK,
};

export type PlaygroundAction =
  | { type: 'setLogit'; index: number; value: number }
  | { type: 'setLogits'; logits: number[] }
  | { type: 'setClassCount'; count: number; lang: Lang }
  | { type: 'setClassName'; index: number; name: string; lang: Lang }
  | { type: 'setPreset'; presetId: PresetId; lang: Lang }
  | { type: 'setTemperature'; temperature: number }
  | { type: 'setStable'; stable: boolean }
  | { type: 'setFloatFormat'; floatFormat: FloatFormat }
  | { type: 'setTrueClass'; trueClass: number }
  | { type: 'setLabelMode'; labelMode: 'hard' | 'soft' }
  | { type: 'setSoftLabel'; softLabel: number[] }
  | { type: 'replace'; state: PlaygroundState }
  | { type: 'setSource'; source: 'manual' | 'network' }
  | { type: 'setPixel'; index: number; value: number }
  | { type: 'setWeight'; row: number; col: number; value: number }
  | { type: 'setBias'; index: number; value: number };

export function classNamesOf(state: PlaygroundState, lang: Lang): string[] {
  return classNames(state.presetId, state.customNames, state.logits.length, lang);
}

/** The same from the fields it depends on, so a view can memoize on exactly those. */
export function classNames(presetId: PlaygroundState['presetId'], customNames: string[], count: number, lang: Lang): string[] {
  if (presetId !== 'custom') return presetNames(presetId, lang, count);
  return Array.from({ length: count }, (_, j) => customNames[j] ?? genericClassName(j, lang));
}

const resize = (values: number[], count: number, fill: number): number[] =>
  Array.from({ length: count }, (_, j) => values[j] ?? fill);

/** Keeps the invariants every view relies on: one trueClass and soft weight per class. */
function normalize(state: PlaygroundState): PlaygroundState {
  const count = state.logits.length;
  return {
    ...state,
    trueClass: Math.min(state.trueClass, count - 1),
    softLabel: state.softLabel.length === count ? state.softLabel : resize(state.softLabel, count, 1),
  };
}

/**
 * Drives the logits from the network: three classes named by the network's
 * outputs (cat, chicken, dog) unless the student renamed them.
 */
function fromNetwork(state: PlaygroundState, network: NetworkParams): PlaygroundState {
  const renamed = state.presetId === 'custom' && state.logits.length === NETWORK_OUTPUTS;
  return normalize({
    ...state,
    network,
    source: 'network',
    logits: networkLogits(network),
    presetId: renamed ? 'custom' : 'animals',
    customNames: renamed ? state.customNames : [],
  });
}

/** A network edit recomputes the logits only while the network drives them. */
const withNetwork = (state: PlaygroundState, network: NetworkParams): PlaygroundState =>
  state.source === 'network' ? fromNetwork(state, network) : { ...state, network };

const replaceAt = (values: number[], index: number, value: number): number[] =>
  values.map((v, j) => (j === index ? value : v));

/**
 * Pure reducer; callers validate values (finite, in range) before dispatching.
 * Setting logits by hand (a slider, a gradient step) hands them back to the student.
 */
export function playgroundReducer(state: PlaygroundState, action: PlaygroundAction): PlaygroundState {
  switch (action.type) {
    case 'setLogit':
      return { ...state, source: 'manual', logits: replaceAt(state.logits, action.index, action.value) };
    case 'setLogits':
      return normalize({ ...state, source: 'manual', logits: [...action.logits] });
    case 'setSource':
      return action.source === 'network' ? fromNetwork(state, state.network) : { ...state, source: 'manual' };
    case 'setPixel':
      return withNetwork(state, { ...state.network, pixels: replaceAt(state.network.pixels, action.index, action.value) });
    case 'setWeight': {
      const weights = state.network.weights.map((row, i) => (i === action.row ? replaceAt(row, action.col, action.value) : row));
      return withNetwork(state, { ...state.network, weights });
    }
    case 'setBias':
      return withNetwork(state, { ...state.network, biases: replaceAt(state.network.biases, action.index, action.value) });
    case 'setClassCount': {
      // Shrinking shelves the removed classes' logits and names; growing takes them back.
      const shelf = [...state.logits, ...(state.shelvedLogits ?? []).slice(state.logits.length)];
      const customNames =
        state.presetId === 'custom'
          ? Array.from(
              { length: Math.max(action.count, state.customNames.length) },
              (_, j) => state.customNames[j] ?? genericClassName(j, action.lang),
            )
          : state.customNames;
      const logits = resize(shelf, action.count, 0);
      return normalize({ ...state, source: 'manual', logits, shelvedLogits: shelf, customNames });
    }
    case 'setClassName': {
      // Names of shelved classes are kept too, so a class brought back keeps its name.
      const known = Math.max(state.logits.length, state.shelvedLogits?.length ?? 0, state.customNames.length);
      const names = classNames(state.presetId, state.customNames, known, action.lang);
      names[action.index] = action.name;
      return { ...state, presetId: 'custom', customNames: names };
    }
    case 'setPreset':
      return { ...state, presetId: action.presetId, customNames: [] };
    case 'setTemperature':
      return { ...state, temperature: action.temperature };
    case 'setStable':
      return { ...state, stable: action.stable };
    case 'setFloatFormat':
      return { ...state, floatFormat: action.floatFormat };
    case 'setTrueClass':
      return normalize({ ...state, trueClass: action.trueClass });
    case 'setLabelMode':
      return { ...state, labelMode: action.labelMode };
    case 'setSoftLabel':
      return normalize({ ...state, softLabel: [...action.softLabel] });
    case 'replace':
      return normalize(action.state);
  }
}
