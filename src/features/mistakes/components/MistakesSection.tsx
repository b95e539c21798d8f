import { SectionShell } from '@/ui/SectionShell';

/** Placeholder until this lesson is built. */
export function MistakesSection() {
  return <SectionShell id="mistakes" title="Mistakes" />;
}
