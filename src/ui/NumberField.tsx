import { useId, useState } from 'react';
import { useMessages } from './i18n';
import { parseNumberInput, type NumberRejection, type NumberRules } from './number-input';
import { uiMessages } from './strings';

interface NumberFieldProps extends NumberRules {
  /** The accessible name (and visible label unless `hideLabel`). */
  label: string;
  hideLabel?: boolean;
  value: number;
  onCommit: (value: number) => void;
  step?: number | 'any';
  className?: string;
  /** Formats the kept value in the message and when the field is reset from outside. */
  format?: (value: number) => string;
  testId?: string;
}

/**
 * A number input that commits only valid values. Invalid text stays in the box
 * so the student can fix it, an inline `role="alert"` says why, and the last
 * valid value stays in force.
 */
export function NumberField({
  label,
  hideLabel,
  value,
  onCommit,
  step = 'any',
  className,
  format = String,
  testId,
  ...rules
}: NumberFieldProps) {
  const m = useMessages(uiMessages);
  const id = useId();
  const [text, setText] = useState(() => format(value));
  const [rejection, setRejection] = useState<NumberRejection | null>(null);

  // An outside change (slider, reset, gradient step) replaces the text, unless
  // the text already means that value (so typing "1." is not rewritten to "1").
  // Adjusting state during render, not in an effect, avoids a second paint.
  const [shownValue, setShownValue] = useState(value);
  if (!Object.is(shownValue, value)) {
    setShownValue(value);
    const parsed = parseNumberInput(text, rules);
    if (!(parsed.ok && parsed.value === value)) setText(format(value));
    setRejection(null);
  }

  const message = (reason: NumberRejection): string => {
    switch (reason) {
      case 'tooSmall':
        return rules.exclusiveMin ? m.tooSmallExclusive(String(rules.min)) : m.tooSmall(String(rules.min));
      case 'tooLarge':
        return m.tooLarge(String(rules.max));
      default:
        return m[reason];
    }
  };

  return (
    <span className={['number-field', className ?? ''].join(' ').trim()}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step={step}
        min={rules.min}
        max={rules.max}
        value={text}
        aria-invalid={rejection !== null}
        aria-describedby={rejection ? `${id}-error` : undefined}
        data-testid={testId}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          // A number input reports "" for text it cannot parse ("abc", "1e"); the
          // browser's own validity tells that apart from an empty box.
          const parsed = event.target.validity.badInput
            ? ({ ok: false, reason: 'notNumber' } as const)
            : parseNumberInput(next, rules);
          if (parsed.ok) {
            setRejection(null);
            if (parsed.value !== value) onCommit(parsed.value);
          } else {
            setRejection(parsed.reason);
          }
        }}
      />
      {rejection && (
        <span id={`${id}-error`} role="alert" className="field-error">
          {message(rejection)} {m.keptValue(format(value))}
        </span>
      )}
    </span>
  );
}
