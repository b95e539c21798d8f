import {useMemo, type Dispatch} from 'react';
import { sigmoid, softmax } from '@/math/softmax';
import { Formula } from '@/ui/Formula';
import { useLang, useMessages } from '@/ui/i18n';
import type { PlaygroundAction } from '@/state/playground';
import { SIGMOID_TEX, sigmoidTex } from '../formula-tex';
import { lessonMessages } from '../lesson-strings';
import { softmaxMessages } from '../strings';

interface SigmoidPanelProps {
  logits: number[];
  temperature: number;
  dispatch: Dispatch<PlaygroundAction>;
}

/** For two classes, softmax is the sigmoid of the logits' difference; both are computed and shown. */
export function SigmoidPanel({ logits, temperature, dispatch }: SigmoidPanelProps) {
  const m = useMessages(softmaxMessages);
  const lesson = useMessages(lessonMessages);
  const lang = useLang();
  const numbers = useMemo(() => {
    if (logits.length !== 2) return null;
    const viaSigmoid = sigmoid((logits[0]! - logits[1]!) / temperature);
    return sigmoidTex(logits, temperature, viaSigmoid, softmax(logits, temperature)[0]!);
  }, [logits, temperature]);

  return (
    <div className="panel sigmoid-panel">
      <h3>{m.sigmoidHeading}</h3>
      <p className="lesson-text">{lesson.sigmoidWhy}</p>
      <Formula tex={SIGMOID_TEX} display />
      {numbers ? (
        <Formula tex={numbers} display />
      ) : (
        <div className="row">
          <p className="muted">{m.sigmoidNeedsTwo}</p>
          <button type="button" className="button-secondary" onClick={() => dispatch({ type: 'setClassCount', count: 2, lang })}>
            {m.useTwo}
          </button>
        </div>
      )}
    </div>
  );
}
