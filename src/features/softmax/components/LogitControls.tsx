import {useId, type Dispatch} from 'react';
import { useLang, useMessages } from '@/ui/i18n';
import { NumberField } from '@/ui/NumberField';
import { MAX_CLASSES, MIN_CLASSES } from '@/domain/playground-limits';
import { DEFAULT_PLAYGROUND, type PlaygroundAction, type PlaygroundState } from '@/state/playground';
import { PRESET_IDS, PRESETS, isPresetId } from '@/state/presets';
import { randomLogits } from '../softmax-view';
import { softmaxMessages } from '../strings';
import { LogitRow } from './LogitRow';

interface LogitControlsProps {
  logits: number[];
  names: string[];
  presetId: PlaygroundState['presetId'];
  source: PlaygroundState['source'];
  dispatch: Dispatch<PlaygroundAction>;
}

/** The class count, the name preset, one row per class, and the randomize and reset buttons. */
export function LogitControls({ logits, names, presetId, source, dispatch }: LogitControlsProps) {
  const m = useMessages(softmaxMessages);
  const lang = useLang();
  const presetSelectId = useId();
  const count = logits.length;

  const setCount = (next: number) => {
    dispatch({ type: 'setClassCount', count: next, lang });
    // Three-name presets would fall back to "class 4…"; ten real names read better.
    if (presetId !== 'custom' && next > PRESETS[presetId].en.length) dispatch({ type: 'setPreset', presetId: 'fashion', lang });
  };

  const reset = () => {
    dispatch({ type: 'setLogits', logits: DEFAULT_PLAYGROUND.logits });
    dispatch({ type: 'setTemperature', temperature: DEFAULT_PLAYGROUND.temperature });
    dispatch({ type: 'setStable', stable: true });
    if (presetId !== 'custom') dispatch({ type: 'setPreset', presetId: 'animals', lang });
  };

  return (
    <div className="panel logit-controls">
      <h3>{m.logitsHeading}</h3>
      <div className="row logit-settings">
        <NumberField label={m.classCount} value={count} min={MIN_CLASSES} max={MAX_CLASSES} integer step={1} onCommit={setCount} />
        <span className="preset-field">
          <label htmlFor={presetSelectId}>{m.presetLabel}</label>
          <select
            id={presetSelectId}
            value={presetId}
            onChange={(event) => {
              const next = event.target.value;
              if (isPresetId(next)) dispatch({ type: 'setPreset', presetId: next, lang });
            }}
          >
            {PRESET_IDS.map((id) => (
              <option key={id} value={id}>
                {m.preset(id)}
              </option>
            ))}
            <option value="custom" disabled>
              {m.preset('custom')}
            </option>
          </select>
        </span>
      </div>
      {source === 'network' && <p className="notice logit-source-note">{m.fromNetworkNote}</p>}
      <ol className="logit-list">
        {logits.map((z, j) => (
          <LogitRow key={j} index={j} logit={z} name={names[j] ?? ''} lang={lang} dispatch={dispatch} />
        ))}
      </ol>
      <div className="row">
        <button type="button" onClick={() => dispatch({ type: 'setLogits', logits: randomLogits(count, Math.random) })}>
          {m.randomize}
        </button>
        <button type="button" className="button-quiet" onClick={reset}>
          {m.reset}
        </button>
      </div>
    </div>
  );
}
