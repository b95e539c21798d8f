import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useMessages } from './i18n';
import { commitTiming, parseNumberInput, type NumberRejection, type NumberRules, type ParsedNumber } from './number-input';
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
 * A number input that commits only valid values, and only once the student has
 * finished one: on Enter or on leaving the box, or at once for a step of the
 * arrows or spinner. A prefix typed on the way (`2` of `2.5`) never applies.
 * Invalid text stays in the box so the student can fix it, an inline
 * `role="alert"` says why as they type, and the value from before the edit stays in force.
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
  const input = useRef<HTMLInputElement>(null);

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

  // A number input reports "" for text it cannot parse ("abc", "1e"); the
  // browser's own validity tells that apart from an empty box.
  const parse = (next: string, element: HTMLInputElement | null): ParsedNumber =>
    element?.validity.badInput ? { ok: false, reason: 'notNumber' } : parseNumberInput(next, rules);

  const commit = (next: string) => {
    const parsed = parse(next, input.current);
    if (parsed.ok && parsed.value !== value) onCommit(parsed.value);
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.target.value;
    setText(next);
    const parsed = parse(next, event.target);
    setRejection(parsed.ok ? null : parsed.reason);
    if (parsed.ok && commitTiming((event.nativeEvent as Partial<InputEvent>).inputType) === 'now') commit(next);
  };

  // Valid text that differs from the value in force waits for Enter or leaving the box; the box shows it is pending.
  const typed = rejection ? null : parseNumberInput(text, rules);
  const pending = typed?.ok === true && typed.value !== value;

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
        ref={input}
        id={id}
        type="number"
        inputMode="decimal"
        step={step}
        min={rules.min}
        max={rules.max}
        value={text}
        aria-invalid={rejection !== null}
        data-pending={pending || undefined}
        aria-describedby={rejection ? `${id}-error` : undefined}
        data-testid={testId}
        onChange={onChange}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(event.currentTarget.value);
        }}
        onBlur={(event) => commit(event.currentTarget.value)}
      />
      {rejection && (
        <span id={`${id}-error`} role="alert" className="field-error">
          {message(rejection)} {m.keptValue(format(value))}
        </span>
      )}
    </span>
  );
}
