import {useId} from 'react';
import './slider.css';

interface SliderProps {
  /** The accessible name (and visible label unless `hideLabel`). */
  label: string;
  hideLabel?: boolean;
  /** The range input's own value; may be a transformed scale (log τ), see `valueText`. */
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  /** What the value means, announced (aria-valuetext) and shown beside the track. */
  valueText: string;
  /** Hide the visible readout when a neighbouring number input already shows the value. */
  showValue?: boolean;
  valueTestId?: string;
  className?: string;
}

/**
 * A labelled native range input. Native, because the browser already gives it
 * arrow keys, Page Up/Down, Home/End and touch dragging; `aria-valuetext` makes
 * a screen reader say "τ = 0.5" rather than the raw log-scale position.
 */
export function Slider({
  label,
  hideLabel,
  value,
  min,
  max,
  step,
  onChange,
  valueText,
  showValue = true,
  valueTestId,
  className,
}: SliderProps) {
  const id = useId();
  return (
    <span className={['slider', className ?? ''].join(' ').trim()}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'slider-label'}>
        {label}
      </label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={valueText}
        onChange={(event) => {
          const next = Number(event.target.value);
          if (Number.isFinite(next)) onChange(next);
        }}
      />
      {showValue && (
        <output htmlFor={id} className="slider-value num" data-testid={valueTestId}>
          {valueText}
        </output>
      )}
    </span>
  );
}
