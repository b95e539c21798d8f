import type { DatasetHandle } from '@/data/types';
import { useMessages } from '@/ui/i18n';
import { SectionShell } from '@/ui/SectionShell';
import { dataMessages } from '../strings';
import { BaselineExercise } from './BaselineExercise';
import { ClassCountsTable } from './ClassCountsTable';
import { DatasetStatus } from './DatasetStatus';
import { KeptData } from './KeptData';
import { SampleGrid } from './SampleGrid';
import '../data.css';

interface DataSectionProps {
  /** The page's one dataset (useDataset in App), shared with the training and mistakes lessons. */
  dataset: DatasetHandle;
}

/** The Fashion-MNIST lesson: what the data is, loading it, and a look at every class. */
export function DataSection({ dataset }: DataSectionProps) {
  const m = useMessages(dataMessages);
  const { state, load, retry } = dataset;

  return (
    // The data loads once the lesson comes near (load does nothing once it has started).
    <SectionShell id="data" title={m.title} lead={m.lead} onFirstNear={load}>
      <div className="data-body">
        <DatasetStatus state={state} onLoad={load} onRetry={retry} />
        <KeptData kept={dataset.kept} state={state} onForget={dataset.forgetKept} />
        <div className="data-layout">
          <div className="data-about">
            <p>{m.about}</p>
            <p className="muted">{m.licence}</p>
            {state.status === 'ready' && <ClassCountsTable counts={state.counts} />}
          </div>
          {state.status === 'ready' && <SampleGrid train={state.data.train} />}
        </div>
        <BaselineExercise counts={state.status === 'ready' ? state.counts : null} />
      </div>
    </SectionShell>
  );
}
