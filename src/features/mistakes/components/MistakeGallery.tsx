import {useMemo} from 'react';
import type { ImageSet } from '@/data/types';
import type { Mistake } from '@/math/metrics';
import { fixed4 } from '@/ui/format';
import { useLang, useMessages } from '@/ui/i18n';
import { fashionClassName } from '../lib/class-names';
import { pageCount, pageItems, pageRange } from '../lib/paging';
import { imageAt } from '../lib/weight-images';
import { mistakesMessages } from '../strings';
import { PixelCanvas } from './PixelCanvas';

interface MistakeGalleryProps {
  /** Already sorted and filtered. */
  mistakes: readonly Mistake[];
  testSet: ImageSet;
  page: number;
  onPageChange: (page: number) => void;
  selectedIndex: number | null;
  onSelect: (index: number) => void;
  /** Whether the model made any mistake at all (to tell "none" from "none match the filter"). */
  anyMistakes: boolean;
}

/** One page of misclassified images as buttons, with paging. */
export function MistakeGallery({
  mistakes,
  testSet,
  page,
  onPageChange,
  selectedIndex,
  onSelect,
  anyMistakes,
}: MistakeGalleryProps) {
  const m = useMessages(mistakesMessages);
  const pages = pageCount(mistakes.length);
  const visible = pageItems(mistakes, page);
  const [from, to] = pageRange(page, mistakes.length);

  if (mistakes.length === 0) {
    return <p className="notice gallery-empty">{anyMistakes ? m.noMatches : m.noMistakes}</p>;
  }

  return (
    <>
      <ul className="gallery-grid">
        {visible.map((mistake) => (
          <li key={mistake.index}>
            <MistakeItem mistake={mistake} testSet={testSet} selected={mistake.index === selectedIndex} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      <nav className="row gallery-pages" aria-label={m.pagesLabel}>
        <button type="button" className="button-secondary" disabled={page <= 0} onClick={() => onPageChange(page - 1)}>
          <span aria-hidden="true">←</span> {m.previousPage}
        </button>
        <span className="num" aria-live="polite">
          {m.pageOf(page + 1, pages)} · {m.showing(from, to, mistakes.length)}
        </span>
        <button
          type="button"
          className="button-secondary"
          disabled={page >= pages - 1}
          onClick={() => onPageChange(page + 1)}
        >
          {m.nextPage} <span aria-hidden="true">→</span>
        </button>
      </nav>
    </>
  );
}

interface MistakeItemProps {
  mistake: Mistake;
  testSet: ImageSet;
  selected: boolean;
  onSelect: (index: number) => void;
}

function MistakeItem({ mistake, testSet, selected, onSelect }: MistakeItemProps) {
  const m = useMessages(mistakesMessages);
  const lang = useLang();
  const { index, trueClass, predClass, confidence } = mistake;
  const { images, rows, cols } = testSet;
  const pixels = useMemo(() => imageAt(images, rows * cols, index), [images, rows, cols, index]);
  const trueName = fashionClassName(trueClass, lang);
  const predName = fashionClassName(predClass, lang);
  const prob = fixed4(confidence);

  return (
    <button
      type="button"
      className="mistake"
      data-testid="mistake"
      data-index={index}
      data-true={trueClass}
      data-pred={predClass}
      aria-pressed={selected}
      aria-label={m.itemLabel(index, trueName, predName, prob)}
      onClick={() => onSelect(index)}
    >
      <PixelCanvas values={pixels} rows={rows} cols={cols} scale={GRAY} className="mistake-image" />
      <span className="mistake-names">
        <span className="mistake-true">{trueName}</span>
        <span aria-hidden="true"> → </span>
        <span className="mistake-pred">{predName}</span>
      </span>
      <span className="mistake-prob num">p = {prob}</span>
    </button>
  );
}

const GRAY = { kind: 'gray' } as const;
