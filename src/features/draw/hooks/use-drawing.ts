import { useCallback, useRef, useState } from 'react';
import { GRID_SIZE, paintSegment, type BrushMode, type GridPoint } from '../lib/brush';

/** Where the picture came from; it stays the source while the student edits it. */
export type DrawSource = { kind: 'test'; index: number } | { kind: 'upload'; name: string };

export interface Brush {
  mode: BrushMode;
  radius: number;
}

export interface Drawing {
  /** The grid as bytes, a new array after every change (a snapshot React can compare). */
  pixels: Uint8Array;
  source: DrawSource | null;
  canUndo: boolean;
  beginStroke: (at: GridPoint, brush: Brush) => void;
  /** Extends the stroke to each point in turn (a pointer move's coalesced positions). */
  continueStroke: (points: readonly GridPoint[], brush: Brush) => void;
  endStroke: () => void;
  undo: () => void;
  clear: () => void;
  load: (pixels: Uint8Array, source: DrawSource) => void;
}

/** Strokes, clears and loads that undo can take back. */
const UNDO_LIMIT = 100;

/**
 * The drawing: a 28 × 28 grid painted in place while a stroke lasts (a pointer
 * move costs a few hundred pixel writes), published as a fresh snapshot after
 * each change, with an undo history of whole grids (784 bytes each).
 */
export function useDrawing(size = GRID_SIZE): Drawing {
  const live = useRef<Uint8Array>(new Uint8Array(size * size));
  const history = useRef<{ pixels: Uint8Array; source: DrawSource | null }[]>([]);
  const last = useRef<GridPoint | null>(null);
  const [state, setState] = useState<{ pixels: Uint8Array; source: DrawSource | null; canUndo: boolean }>(() => ({
    pixels: new Uint8Array(size * size),
    source: null,
    canUndo: false,
  }));
  const sourceRef = useRef<DrawSource | null>(null);

  const publish = useCallback(() => {
    setState({ pixels: live.current.slice(), source: sourceRef.current, canUndo: history.current.length > 0 });
  }, []);

  const remember = useCallback(() => {
    history.current.push({ pixels: live.current.slice(), source: sourceRef.current });
    if (history.current.length > UNDO_LIMIT) history.current.shift();
  }, []);

  const beginStroke = useCallback(
    (at: GridPoint, brush: Brush) => {
      remember();
      last.current = at;
      paintSegment(live.current, size, at, at, brush.radius, brush.mode);
      publish();
    },
    [remember, publish, size],
  );

  const continueStroke = useCallback(
    (points: readonly GridPoint[], brush: Brush) => {
      if (!last.current) return;
      let changed = false;
      for (const point of points) {
        if (paintSegment(live.current, size, last.current, point, brush.radius, brush.mode)) changed = true;
        last.current = point;
      }
      if (changed) publish();
    },
    [publish, size],
  );

  const endStroke = useCallback(() => {
    last.current = null;
  }, []);

  const undo = useCallback(() => {
    const previous = history.current.pop();
    if (!previous) return;
    live.current = previous.pixels;
    sourceRef.current = previous.source;
    last.current = null;
    publish();
  }, [publish]);

  const clear = useCallback(() => {
    remember();
    live.current = new Uint8Array(size * size);
    sourceRef.current = null;
    publish();
  }, [remember, publish, size]);

  const load = useCallback(
    (pixels: Uint8Array, source: DrawSource) => {
      if (pixels.length !== size * size) throw new RangeError(`a picture of ${pixels.length} pixels does not fit the ${size} × ${size} grid`);
      remember();
      live.current = pixels.slice();
      sourceRef.current = source;
      publish();
    },
    [remember, publish, size],
  );

  return { ...state, beginStroke, continueStroke, endStroke, undo, clear, load };
}
