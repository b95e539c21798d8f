import { useMemo } from 'react';
import { firstIndicesPerClass } from '@/data/class-stats';
import { CLASS_COUNT, FASHION_MNIST_CLASSES } from '@/data/classes';
import type { ImageSet } from '@/data/types';
import { useLang, useMessages } from '@/ui/i18n';
import { dataMessages } from '../strings';
import { SampleImage } from './SampleImage';

const PER_CLASS = 10;

/** One row per class: its name and its first training images. */
export function SampleGrid({ train }: { train: ImageSet }) {
  const m = useMessages(dataMessages);
  const lang = useLang();
  const picked = useMemo(() => firstIndicesPerClass(train.labels, CLASS_COUNT, PER_CLASS), [train]);
  return (
    <figure className="data-samples">
      <figcaption>
        <strong>{m.samplesTitle}</strong>
        <span className="muted"> {m.samplesNote}</span>
      </figcaption>
      <ul className="data-sample-rows">
        {picked.map((indices, label) => {
          const name = FASHION_MNIST_CLASSES[label]![lang];
          return (
            <li key={label} className="data-sample-row">
              <span className="data-sample-name">{name}</span>
              <span className="data-sample-images">
                {indices.map((index) => (
                  <SampleImage key={index} set={train} index={index} label={label} alt={m.sampleLabel(name, index)} />
                ))}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
