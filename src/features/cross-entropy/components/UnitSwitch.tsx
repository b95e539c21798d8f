import { useId } from 'react';
import { useMessages } from '@/ui/i18n';
import type { InfoUnit } from '../cross-entropy-view';
import { ceMessages } from '../strings';

interface UnitSwitchProps {
  unit: InfoUnit;
  onChange: (unit: InfoUnit) => void;
}

/** Nats or bits for every information quantity on the section. */
export function UnitSwitch({ unit, onChange }: UnitSwitchProps) {
  const m = useMessages(ceMessages);
  const name = useId();
  return (
    <fieldset className="ce-choice">
      <legend>{m.units}</legend>
      {(['nats', 'bits'] as const).map((option) => (
        <label key={option}>
          <input type="radio" name={name} value={option} checked={unit === option} onChange={() => onChange(option)} />
          {m[option]}
        </label>
      ))}
      <span className="muted ce-small">{m.unitsHint}</span>
    </fieldset>
  );
}
