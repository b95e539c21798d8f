import {useId, type ReactNode} from 'react';
import { useMessages } from '@/ui/i18n';
import { NumberField } from '@/ui/NumberField';
import { Slider } from '@/ui/Slider';
import { VALIDATION_SIZE_MAX, type BackendName, type InputScaling, type ModelKind, type OptimizerKind, type TrainSettings } from '@/workers/protocol';
import { formatRate, learningRateAt, LR_SLIDER, sliderPosition } from '../chart-data';
import { trainMessages } from '../strings';

interface TrainSettingsFormProps {
  settings: TrainSettings;
  onChange: (next: Partial<TrainSettings>) => void;
  /** Settings are fixed while a run is in progress. */
  locked: boolean;
}

const MODELS: ModelKind[] = ['softmax', 'mlp'];
const OPTIMIZERS: OptimizerKind[] = ['sgd', 'momentum', 'adam'];
const SCALINGS: InputScaling[] = ['unit', 'raw', 'standardize'];
const BACKENDS: BackendName[] = ['webgl', 'wasm', 'cpu'];
const PRESETS = [
  { rate: 0.1, key: 'presetDefault' },
  { rate: 1e5, key: 'presetDiverge' },
  { rate: 1e-10, key: 'presetStall' },
] as const;

function Choice<T extends string>(props: {
  label: string;
  value: T;
  options: T[];
  name: (option: T) => string;
  onChange: (value: T) => void;
  disabled: boolean;
}): ReactNode {
  const id = useId();
  return (
    <span className="train-field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} disabled={props.disabled} onChange={(e) => props.onChange(e.target.value as T)}>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.name(option)}
          </option>
        ))}
      </select>
    </span>
  );
}

/** Every training setting, validated as typed; a rejected value keeps the last valid one. */
// Memoized: the section re-renders on every progress message, this part only when its props change.
export function TrainSettingsForm({ settings, onChange, locked }: TrainSettingsFormProps) {
  const m = useMessages(trainMessages);
  return (
    <fieldset className="train-settings" disabled={locked}>
      <legend className="visually-hidden">{m.settings}</legend>
      <div className="train-lr">
        <NumberField
          label={m.learningRate}
          value={settings.learningRate}
          min={0}
          exclusiveMin
          max={1e6}
          format={formatRate}
          onCommit={(learningRate) => onChange({ learningRate })}
        />
        <Slider
          label={m.learningRateSlider}
          hideLabel
          value={sliderPosition(settings.learningRate)}
          {...LR_SLIDER}
          valueText={formatRate(settings.learningRate)}
          showValue={false}
          onChange={(position) => onChange({ learningRate: learningRateAt(position) })}
        />
        <div className="row train-presets" role="group" aria-label={m.presets}>
          {PRESETS.map(({ rate, key }) => (
            <button
              key={key}
              type="button"
              className="button-quiet"
              aria-pressed={settings.learningRate === rate}
              onClick={() => onChange({ learningRate: rate })}
            >
              {m[key]}
            </button>
          ))}
        </div>
      </div>
      <div className="train-fields">
        <NumberField label={m.batchSize} value={settings.batchSize} min={1} max={60000} integer step={1} onCommit={(batchSize) => onChange({ batchSize })} />
        <NumberField label={m.epochs} value={settings.epochs} min={1} max={200} integer step={1} onCommit={(epochs) => onChange({ epochs })} />
        <NumberField label={m.weightDecay} value={settings.weightDecay} min={0} max={10} onCommit={(weightDecay) => onChange({ weightDecay })} />
        <NumberField label={m.seed} value={settings.seed} min={0} max={2 ** 31 - 1} integer step={1} onCommit={(seed) => onChange({ seed })} />
        <NumberField
          label={m.validationSize}
          value={settings.validationSize ?? 0}
          min={0}
          max={VALIDATION_SIZE_MAX}
          integer
          step={500}
          onCommit={(validationSize) => onChange({ validationSize })}
        />
        <Choice label={m.model} value={settings.model} options={MODELS} name={m.modelName} onChange={(model) => onChange({ model })} disabled={locked} />
        <Choice
          label={m.optimizer}
          value={settings.optimizer}
          options={OPTIMIZERS}
          name={m.optimizerName}
          onChange={(optimizer) => onChange({ optimizer })}
          disabled={locked}
        />
        <Choice label={m.scaling} value={settings.scaling} options={SCALINGS} name={m.scalingName} onChange={(scaling) => onChange({ scaling })} disabled={locked} />
        <Choice label={m.backend} value={settings.backend} options={BACKENDS} name={m.backendName} onChange={(backend) => onChange({ backend })} disabled={locked} />
      </div>
    </fieldset>
  );
}
