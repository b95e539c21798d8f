import type { Dispatch } from 'react';
import type { PlaygroundAction, PlaygroundState } from '@/state/playground';
import { SectionShell } from '@/ui/SectionShell';

interface SoftmaxSectionProps {
  playground: PlaygroundState;
  dispatch: Dispatch<PlaygroundAction>;
}

/** Placeholder until this lesson is built. */
export function SoftmaxSection({ playground }: SoftmaxSectionProps) {
  return <SectionShell id="softmax" title="Softmax" lead={playground.logits.join(', ')} />;
}
