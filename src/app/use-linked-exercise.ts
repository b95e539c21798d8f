import { useEffect } from 'react';
import { openExercise } from './open-exercise';

/** Opens the exercise a link names (`?exercise=ch3.6-1`, already validated) once the page is up. */
export function useLinkedExercise(id: string | undefined): void {
  useEffect(() => (id === undefined ? undefined : openExercise(id)), [id]);
}
