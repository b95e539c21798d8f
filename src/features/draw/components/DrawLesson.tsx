import { useMemo, useState } from 'react';
import type { ImageSet } from '@/data/types';
import { FASHION_MNIST_CLASSES } from '@/data/classes';
import { useLang, useMessages } from '@/ui/i18n';
import type { Evaluation, ModelWeights } from '@/domain/training-events';
import { GRID_SIZE } from '../lib/brush';
import { modelInputOf } from '../lib/preprocess';
import { drawModelOf, predictDrawing, runnerUp, samePixels, type EvaluatedRow } from '../lib/predict';
import { useDrawing, type Brush } from '../hooks/use-drawing';
import { drawMessages } from '../strings';
import { DrawingPad } from './DrawingPad';
import { DrawResult } from './DrawResult';
import { DrawTools } from './DrawTools';
import { GridCanvas } from './GridCanvas';
import { StartFrom } from './StartFrom';
import { WhyPictures } from './WhyPictures';

interface DrawLessonProps {
  weights: ModelWeights | null;
  evaluation: Evaluation | null;
  testSet: ImageSet | null;
  onOpenInPlayground: (logits: number[], trueClass: number) => void;
}

const PIXELS = GRID_SIZE * GRID_SIZE;
const GRAY = { kind: 'gray' } as const;
const BLANK = new Uint8Array(PIXELS);

/** The drawing, what the model reads of it, its answer and why, and the ways to start from a picture. */
export function DrawLesson({ weights, evaluation, testSet, onOpenInPlayground }: DrawLessonProps) {
  const m = useMessages(drawMessages);
  const lang = useLang();
  const names = useMemo(() => FASHION_MNIST_CLASSES.map((entry) => entry[lang]), [lang]);
  const drawing = useDrawing();
  const [brush, setBrush] = useState<Brush>({ mode: 'pen', radius: 1.5 });
  const [centre, setCentre] = useState(true);
  const [picked, setPicked] = useState<number | null>(null);

  const model = useMemo(() => weights && drawModelOf(weights, PIXELS), [weights]);
  const input = useMemo(() => modelInputOf(drawing.pixels, GRID_SIZE, centre), [drawing.pixels, centre]);
  const source = drawing.source;
  const testIndex = source?.kind === 'test' ? source.index : null;

  // A test image the evaluation scored, still unchanged: its logits are the model's own.
  const evaluated = useMemo<EvaluatedRow | null>(() => {
    if (testIndex === null || !evaluation || !testSet || !input || testIndex >= evaluation.testCount) return null;
    const image = testSet.images.subarray(testIndex * PIXELS, (testIndex + 1) * PIXELS);
    return samePixels(input, image) ? { logits: evaluation.logits, classCount: evaluation.classCount, row: testIndex } : null;
  }, [testIndex, evaluation, testSet, input]);
  const prediction = useMemo(() => (model ? predictDrawing(model, input, evaluated) : null), [model, input, evaluated]);

  // The class to compare with: the student's pick, else the loaded test image's label, else the runner-up.
  const label = testIndex !== null && testSet ? testSet.labels[testIndex]! : null;
  const compareClass = picked ?? label ?? (prediction ? runnerUp(prediction.probs) : 0);

  const loadTest = (index: number) => {
    if (!testSet || index < 0 || index >= testSet.count) return;
    // As it is: a test image is already in the model's format.
    drawing.load(testSet.images.slice(index * PIXELS, (index + 1) * PIXELS), { kind: 'test', index });
    setCentre(false);
    setPicked(null);
  };

  return (
    <div className="draw-layout">
      <div className="draw-canvas-column">
        <DrawingPad drawing={drawing} brush={brush} />
        <DrawTools
          brush={brush}
          onBrushChange={setBrush}
          canUndo={drawing.canUndo}
          onUndo={drawing.undo}
          onClear={() => {
            drawing.clear();
            setCentre(true);
            setPicked(null);
          }}
        />
        <p className="muted draw-hint">{m.padHelp}</p>
        <p className="muted draw-loaded" aria-live="polite">
          {source?.kind === 'test' && m.loadedTest(source.index, names[label ?? 0]!)}
          {source?.kind === 'upload' && m.loadedUpload(source.name)}
          {source && prediction?.source === 'page' && ` (${m.edited})`}
        </p>
      </div>

      <div className="draw-side">
        <div className="draw-input">
          <h3 className="draw-heading">{m.inputTitle}</h3>
          <GridCanvas values={input ?? BLANK} size={GRID_SIZE} scale={GRAY} className="draw-input-image" label={m.inputImage} />
          <div>
            <label className="draw-centre">
              <input type="checkbox" checked={centre} onChange={(e) => setCentre(e.target.checked)} />
              {m.centre}
            </label>
            <p className="muted draw-hint">{m.centreHint}</p>
          </div>
        </div>
        {model && (
          <DrawResult
            prediction={prediction}
            names={names}
            testIndex={prediction?.source === 'model' ? testIndex : null}
            onOpenInSoftmax={(logits) => onOpenInPlayground(logits, compareClass)}
          />
        )}
      </div>

      {model && prediction && (
        <div className="draw-wide">
          <WhyPictures
            model={model}
            x={prediction.x}
            predicted={prediction.predicted}
            compareClass={compareClass}
            onCompareClassChange={setPicked}
            names={names}
          />
        </div>
      )}

      <div className="draw-wide">
        <StartFrom
          testSet={testSet}
          predictions={evaluation?.predictions ?? null}
          currentTest={testIndex}
          onLoadTest={loadTest}
          onLoadUpload={(pixels, name) => {
            drawing.load(pixels, { kind: 'upload', name });
            setCentre(true);
            setPicked(null);
          }}
        />
      </div>
    </div>
  );
}
