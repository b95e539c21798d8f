import {useId, type ReactNode} from 'react';
import { useMessages } from '@/ui/i18n';
import { NumberField } from '@/ui/NumberField';
import { Slider } from '@/ui/Slider';
import { BACKENDS, MODELS, OPTIMIZERS, SCALINGS, TRAIN_LIMITS, type TrainSettings } from '@/domain/training-config';
import type { BackendInfo } from '@/domain/training-events';
import { backendStanding } from '../backend-choice';
import { formatRate, learningRateAt, LR_SLIDER, sliderPosition } from '../chart-data';
import { trainMessages } from '../strings';

interface TrainSettingsFormProps {
  settings: TrainSettings;
  onChange: (next: Partial<TrainSettings>) => void;
  /** Settings are fixed while a run is in progress. */
  locked: boolean;
  /** The worker's last backend report: a choice that could not start says what runs instead. */
  backendInfo: BackendInfo | null;
}

const PRESETS = [
  { rate: 0.1, key: 'presetDefault' },
  { rate: 1e5, key: 'presetDiverge' },
  { rate: 1e-10, key: 'presetStall' },
] as const;

function Choice<T extends string>(props: {
  label: string;
  value: T;
  options: readonly T[];
  name: (option: T) => string;
  onChange: (value: T) => void;
  disabled: boolean;
  /** Takes the whole row, for option names too long for one column. */
  wide?: boolean;
}): ReactNode {
  const id = useId();
  return (
    <span className={props.wide ? 'train-field train-field-wide' : 'train-field'}>
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
export function TrainSettingsForm({ settings, onChange, locked, backendInfo }: TrainSettingsFormProps) {
  const m = useMessages(trainMessages);
  return (
    <fieldset className="train-settings" disabled={locked}>
      <legend className="visually-hidden">{m.settings}</legend>
      <div className="train-lr">
        <NumberField
          label={m.learningRate}
          value={settings.learningRate}
          {...TRAIN_LIMITS.learningRate}
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
        <NumberField label={m.batchSize} value={settings.batchSize} {...TRAIN_LIMITS.batchSize} step={1} onCommit={(batchSize) => onChange({ batchSize })} />
        <NumberField label={m.epochs} value={settings.epochs} {...TRAIN_LIMITS.epochs} step={1} onCommit={(epochs) => onChange({ epochs })} />
        <NumberField label={m.weightDecay} value={settings.weightDecay} {...TRAIN_LIMITS.weightDecay} onCommit={(weightDecay) => onChange({ weightDecay })} />
        <NumberField label={m.seed} value={settings.seed} {...TRAIN_LIMITS.seed} step={1} onCommit={(seed) => onChange({ seed })} />
        <NumberField
          label={m.validationSize}
          value={settings.validationSize ?? 0}
          {...TRAIN_LIMITS.validationSize}
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
        <Choice
          label={m.backend}
          value={settings.backend}
          options={BACKENDS}
          name={(backend) => m.backendOption(backend, backendStanding(backend, backendInfo))}
          onChange={(backend) => onChange({ backend })}
          disabled={locked}
          wide={BACKENDS.some((backend) => backendStanding(backend, backendInfo).kind !== 'ready')}
        />
      </div>
    </fieldset>
  );
}
