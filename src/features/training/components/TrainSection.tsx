import { SectionShell } from '@/ui/SectionShell';

/** Placeholder until this lesson is built. */
export function TrainSection() {
  return <SectionShell id="train" title="Train" />;
}
