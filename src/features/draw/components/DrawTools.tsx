import { useId } from 'react';
import { useMessages } from '@/ui/i18n';
import { Slider } from '@/ui/Slider';
import type { BrushMode } from '../lib/brush';
import type { Brush } from '../hooks/use-drawing';
import { drawMessages } from '../strings';

interface DrawToolsProps {
  brush: Brush;
  onBrushChange: (brush: Brush) => void;
  canUndo: boolean;
  onUndo: () => void;
  onClear: () => void;
}

const MODES: BrushMode[] = ['pen', 'eraser'];

/** Pen or eraser, the brush's width in grid pixels, undo and clear. */
export function DrawTools({ brush, onBrushChange, canUndo, onUndo, onClear }: DrawToolsProps) {
  const m = useMessages(drawMessages);
  const name = useId();
  const width = brush.radius * 2;
  return (
    <div className="draw-tools">
      <fieldset className="draw-modes">
        <legend className="visually-hidden">{m.tools}</legend>
        {MODES.map((mode) => (
          <label key={mode} className="draw-mode">
            <input type="radio" name={name} checked={brush.mode === mode} onChange={() => onBrushChange({ ...brush, mode })} />
            {m[mode]}
          </label>
        ))}
      </fieldset>
      <Slider
        label={m.brushSize}
        value={width}
        min={1}
        max={6}
        step={1}
        valueText={m.brushPixels(width)}
        onChange={(size) => onBrushChange({ ...brush, radius: size / 2 })}
        className="draw-brush"
      />
      <div className="row">
        <button type="button" className="button-secondary" onClick={onUndo} disabled={!canUndo}>
          {m.undo}
        </button>
        <button type="button" className="button-quiet" onClick={onClear}>
          {m.clear}
        </button>
      </div>
    </div>
  );
}
