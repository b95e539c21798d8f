import { useId } from 'react';
import type { MistakeFilter, MistakeOrder } from '@/math/metrics';
import { useLang, useMessages } from '@/ui/i18n';
import { fashionClassName } from '../lib/class-names';
import { mistakesMessages } from '../strings';

interface GalleryControlsProps {
  classCount: number;
  order: MistakeOrder;
  onOrderChange: (order: MistakeOrder) => void;
  filter: MistakeFilter;
  onFilterChange: (filter: MistakeFilter) => void;
}

const ANY = 'any';

/** Sort order and the true/predicted class filters of the gallery. */
export function GalleryControls({ classCount, order, onOrderChange, filter, onFilterChange }: GalleryControlsProps) {
  const m = useMessages(mistakesMessages);
  const lang = useLang();
  const id = useId();
  const classOptions = Array.from({ length: classCount }, (_, c) => (
    <option key={c} value={c}>
      {fashionClassName(c, lang)}
    </option>
  ));
  const parseClass = (value: string): number | null => (value === ANY ? null : Number(value));
  const filtered = filter.trueClass !== null || filter.predClass !== null;

  return (
    <div className="row gallery-controls">
      <span className="gallery-control">
        <label htmlFor={`${id}-order`}>{m.sortLabel}</label>
        <select
          id={`${id}-order`}
          value={order}
          onChange={(event) => onOrderChange(event.target.value === 'index' ? 'index' : 'confidence')}
        >
          <option value="confidence">{m.sortConfidence}</option>
          <option value="index">{m.sortIndex}</option>
        </select>
      </span>
      <span className="gallery-control">
        <label htmlFor={`${id}-true`}>{m.trueFilter}</label>
        <select
          id={`${id}-true`}
          value={filter.trueClass ?? ANY}
          onChange={(event) => onFilterChange({ ...filter, trueClass: parseClass(event.target.value) })}
        >
          <option value={ANY}>{m.anyClass}</option>
          {classOptions}
        </select>
      </span>
      <span className="gallery-control">
        <label htmlFor={`${id}-pred`}>{m.predFilter}</label>
        <select
          id={`${id}-pred`}
          value={filter.predClass ?? ANY}
          onChange={(event) => onFilterChange({ ...filter, predClass: parseClass(event.target.value) })}
        >
          <option value={ANY}>{m.anyClass}</option>
          {classOptions}
        </select>
      </span>
      <button
        type="button"
        className="button-quiet"
        disabled={!filtered}
        onClick={() => onFilterChange({ trueClass: null, predClass: null })}
      >
        {m.clearFilter}
      </button>
    </div>
  );
}
