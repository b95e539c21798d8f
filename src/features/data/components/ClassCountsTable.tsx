import { FASHION_MNIST_CLASSES } from '@/data/classes';
import type { ClassCounts } from '@/data/types';
import { groupThousands } from '@/ui/format';
import { useLang, useMessages } from '@/ui/i18n';
import { dataMessages } from '../strings';

/** Examples per class in each split; also the text alternative of the sample grid's classes. */
export function ClassCountsTable({ counts }: { counts: ClassCounts }) {
  const m = useMessages(dataMessages);
  const lang = useLang();
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return (
    <table className="numbers data-counts" data-testid="class-counts">
      <caption>
        <strong>{m.countsTitle}</strong>
        <span className="muted"> {m.countsCaption}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{m.classId}</th>
          <th scope="col">{m.className}</th>
          <th scope="col">{m.trainCount}</th>
          <th scope="col">{m.testCount}</th>
        </tr>
      </thead>
      <tbody>
        {FASHION_MNIST_CLASSES.map((names, c) => (
          <tr key={c}>
            <td className="num">{c}</td>
            <th scope="row">{names[lang]}</th>
            <td>{groupThousands(counts.train[c] ?? 0)}</td>
            <td>{groupThousands(counts.test[c] ?? 0)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td />
          <th scope="row">{m.total}</th>
          <td>{groupThousands(sum(counts.train))}</td>
          <td>{groupThousands(sum(counts.test))}</td>
        </tr>
      </tfoot>
    </table>
  );
}
