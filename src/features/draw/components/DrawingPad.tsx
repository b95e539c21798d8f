import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { flushSync } from 'react-dom';
import { useMessages } from '@/ui/i18n';
import { GRID_SIZE, paintGray, pointerToGrid, type GridPoint } from '../lib/brush';
import type { Brush, Drawing } from '../hooks/use-drawing';
import { drawMessages } from '../strings';

interface DrawingPadProps {
  drawing: Drawing;
  brush: Brush;
}

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
const centreOf = ({ row, col }: { row: number; col: number }): GridPoint => ({ x: col + 0.5, y: row + 0.5 });

/**
 * The 28 × 28 grid drawn large. Pointer events serve mouse, touch and pen alike
 * (touch-action: none keeps a finger from scrolling the page instead); every
 * coalesced position of a move is painted, so a quick stroke stays smooth. The
 * keyboard moves a cursor and puts the pen down or lifts it.
 */
export function DrawingPad({ drawing, brush }: DrawingPadProps) {
  const m = useMessages(drawMessages);
  const helpId = useId();
  const canvas = useRef<HTMLCanvasElement>(null);
  const pointer = useRef<{ id: number; rect: DOMRect } | null>(null);
  const [cursor, setCursor] = useState({ row: 14, col: 14 });
  const [penDown, setPenDown] = useState(false);
  const [announce, setAnnounce] = useState('');

  // The grid is painted at its native 28 × 28; CSS enlarges it with crisp pixels.
  const { pixels } = drawing;
  useLayoutEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(GRID_SIZE, GRID_SIZE);
    paintGray(pixels, image.data);
    context.putImageData(image, 0, 0);
  }, [pixels]);

  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    // Measured once per stroke: reading it on every move would force a layout after each repaint.
    const rect = event.currentTarget.getBoundingClientRect();
    pointer.current = { id: event.pointerId, rect };
    drawing.beginStroke(pointerToGrid(event.clientX, event.clientY, rect), brush);
  };
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const active = pointer.current;
    if (!active || active.id !== event.pointerId) return;
    const coalesced = event.nativeEvent.getCoalescedEvents?.() ?? [];
    const events = coalesced.length > 0 ? coalesced : [event.nativeEvent];
    const points = events.map((e) => pointerToGrid(e.clientX, e.clientY, active.rect));
    // Browsers deliver pointer moves just before the frame's animation callbacks, and React
    // renders a move's update (continuous priority) in a task after them: the probabilities
    // would reach the screen a frame late. Rendering now puts them in this frame; the render
    // is small (784 × 10 products), well inside it (`npm run bench`, draw).
    flushSync(() => drawing.continueStroke(points, brush));
  };
  const endPointer = (event: PointerEvent<HTMLCanvasElement>) => {
    if (pointer.current?.id !== event.pointerId) return;
    pointer.current = null;
    drawing.endStroke();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      drawing.undo();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      const next = {
        row: Math.max(0, Math.min(GRID_SIZE - 1, cursor.row + move[0])),
        col: Math.max(0, Math.min(GRID_SIZE - 1, cursor.col + move[1])),
      };
      setCursor(next);
      if (penDown) drawing.continueStroke([centreOf(next)], brush);
      setAnnounce(m.cursorAt(next.row, next.col, penDown));
      return;
    }
    if (event.key === ' ' || event.key === 'Enter' || (event.key === 'Escape' && penDown)) {
      event.preventDefault();
      const down = event.key === 'Escape' ? false : !penDown;
      if (down) drawing.beginStroke(centreOf(cursor), brush);
      else drawing.endStroke();
      setPenDown(down);
      setAnnounce(m.cursorAt(cursor.row, cursor.col, down));
    }
  };

  const cell = 100 / GRID_SIZE;
  return (
    <div className="draw-pad-frame">
      <canvas
        ref={canvas}
        width={GRID_SIZE}
        height={GRID_SIZE}
        className="draw-pad"
        data-testid="draw-canvas"
        tabIndex={0}
        role="application"
        aria-label={m.padLabel}
        aria-describedby={helpId}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endPointer}
        onPointerCancel={endPointer}
        onLostPointerCapture={endPointer}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (penDown) drawing.endStroke();
          setPenDown(false);
        }}
      />
      <div
        className={`draw-cursor${penDown ? ' draw-cursor-down' : ''}`}
        style={{ left: `${cursor.col * cell}%`, top: `${cursor.row * cell}%`, width: `${cell}%`, height: `${cell}%` }}
        aria-hidden="true"
      />
      <p id={helpId} className="visually-hidden">
        {m.padHelp}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </div>
  );
}
