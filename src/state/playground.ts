import type { Lang } from '@/ui/i18n';
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
  trueClass: number;
  labelMode: 'hard' | 'soft';
  /** Soft-label weights, one per class (normalized where used). */
  softLabel: number[];
}

export const DEFAULT_PLAYGROUND: PlaygroundState = {
  logits: [1, 2, 3],
  presetId: 'animals',
  customNames: [],
  temperature: 1,
  stable: true,
  trueClass: 0,
  labelMode: 'hard',
  softLabel: [1, 1, 1],
};

export type PlaygroundAction =
  | { type: 'setLogit'; index: number; value: number }
  | { type: 'setLogits'; logits: number[] }
  | { type: 'setClassCount'; count: number; lang: Lang }
  | { type: 'setClassName'; index: number; name: string; lang: Lang }
  | { type: 'setPreset'; presetId: PresetId; lang: Lang }
  | { type: 'setTemperature'; temperature: number }
  | { type: 'setStable'; stable: boolean }
  | { type: 'setTrueClass'; trueClass: number }
  | { type: 'setLabelMode'; labelMode: 'hard' | 'soft' }
  | { type: 'setSoftLabel'; softLabel: number[] }
  | { type: 'replace'; state: PlaygroundState };

export function classNamesOf(state: PlaygroundState, lang: Lang): string[] {
  const count = state.logits.length;
  if (state.presetId !== 'custom') return presetNames(state.presetId, lang, count);
  return Array.from({ length: count }, (_, j) => state.customNames[j] ?? genericClassName(j, lang));
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

/** Pure reducer; callers validate values (finite, in range) before dispatching. */
export function playgroundReducer(state: PlaygroundState, action: PlaygroundAction): PlaygroundState {
  switch (action.type) {
    case 'setLogit':
      return { ...state, logits: state.logits.map((z, j) => (j === action.index ? action.value : z)) };
    case 'setLogits':
      return normalize({ ...state, logits: [...action.logits] });
    case 'setClassCount': {
      const customNames =
        state.presetId === 'custom'
          ? Array.from({ length: action.count }, (_, j) => state.customNames[j] ?? genericClassName(j, action.lang))
          : state.customNames;
      return normalize({ ...state, logits: resize(state.logits, action.count, 0), customNames });
    }
    case 'setClassName': {
      const names = classNamesOf(state, action.lang);
      names[action.index] = action.name;
      return { ...state, presetId: 'custom', customNames: names };
    }
    case 'setPreset':
      return { ...state, presetId: action.presetId, customNames: [] };
    case 'setTemperature':
      return { ...state, temperature: action.temperature };
    case 'setStable':
      return { ...state, stable: action.stable };
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
