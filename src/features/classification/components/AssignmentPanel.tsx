import {useId, useMemo} from 'react';
import { networkLogits, type NetworkParams } from '@/state/playground';
import { fixed4 } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { classColor } from '@/ui/palette';
import { assignment } from '../output-view';
import { classificationMessages } from '../strings';
import { TinyImage } from './TinyImage';

interface AssignmentPanelProps {
  network: NetworkParams;
  /** The network's three outputs' class names. */
  names: string[];
}

/** The 2 × 2 image of the lecture, answered softly (a probability per class) and hard (one class). */
export function AssignmentPanel({ network, names }: AssignmentPanelProps) {
  const m = useMessages(classificationMessages);
  const { probs, hard } = useMemo(() => assignment(networkLogits(network)), [network]);
  const softId = useId();
  const pixelText = network.pixels.map((v) => v.toFixed(2)).join(', ');

  return (
    <div className="panel assignment-panel">
      <h3>{m.assignHeading}</h3>
      <p className="lesson-text">{m.assignWhy}</p>
      <div className="assignment-layout">
        <TinyImage pixels={network.pixels} label={m.imageAlt(pixelText)} />
        <div>
          <h4 id={softId}>{m.softHeading}</h4>
          <ul className="soft-bars" aria-labelledby={softId}>
            {probs.map((p, j) => (
              <li key={j} className={j === hard ? 'soft-bar is-hard' : 'soft-bar'}>
                <span className="soft-bar-name">{names[j]}</span>
                <span className="soft-bar-track" aria-hidden="true">
                  <span className="soft-bar-fill" style={{ width: `${p * 100}%`, background: classColor(j) }} />
                </span>
                <span className="num">{fixed4(p)}</span>
              </li>
            ))}
          </ul>
          <h4>{m.hardHeading}</h4>
          <p className="hard-answer">{m.hardValue(names[hard] ?? '')}</p>
        </div>
      </div>
    </div>
  );
}
