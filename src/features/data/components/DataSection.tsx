import { SectionShell } from '@/ui/SectionShell';

/** Placeholder until this lesson is built. */
export function DataSection() {
  return <SectionShell id="data" title="Data" />;
}
