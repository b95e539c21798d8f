import type { Dispatch } from 'react';
import type { PlaygroundAction, PlaygroundState } from '@/state/playground';
import { SectionShell } from '@/ui/SectionShell';

interface CrossEntropySectionProps {
  playground: PlaygroundState;
  dispatch: Dispatch<PlaygroundAction>;
}

/** Placeholder until this lesson is built. */
export function CrossEntropySection({ playground }: CrossEntropySectionProps) {
  return <SectionShell id="cross-entropy" title="CrossEntropy" lead={playground.logits.join(', ')} />;
}
