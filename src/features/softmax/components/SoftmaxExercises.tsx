import type { Dispatch } from 'react';
import type { PlaygroundAction } from '@/state/playground';
import { ExerciseGroup } from '@/ui/ExerciseGroup';
import { AddFiveExercise } from './AddFiveExercise';
import { DoubleTauExercise } from './DoubleTauExercise';
import { ExpExercise } from './ExpExercise';
import { RealSoftMaxExercise } from './RealSoftMaxExercise';

interface SoftmaxExercisesProps {
  logits: number[];
  temperature: number;
  names: string[];
  dispatch: Dispatch<PlaygroundAction>;
}

/** The lesson's own questions, asked right after the playground, before the panels that answer them. */
export function SoftmaxThinkFirst({ logits, temperature, names, dispatch }: SoftmaxExercisesProps) {
  return (
    <ExerciseGroup kind="think">
      <DoubleTauExercise logits={logits} temperature={temperature} names={names} dispatch={dispatch} />
      <AddFiveExercise logits={logits} temperature={temperature} dispatch={dispatch} />
    </ExerciseGroup>
  );
}

/** The chapter's exercises that belong to this lesson (3.6-1 and 3.4-3), at its end. */
export function SoftmaxChapterExercises({ logits, dispatch }: Pick<SoftmaxExercisesProps, 'logits' | 'dispatch'>) {
  return (
    <ExerciseGroup kind="chapter">
      <ExpExercise dispatch={dispatch} />
      <RealSoftMaxExercise logits={logits} dispatch={dispatch} />
    </ExerciseGroup>
  );
}
