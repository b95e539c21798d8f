import { CLASSIFICATION_EXERCISE_IDS, classificationExerciseTitles } from '@/features/classification/exercise-catalog';
import { CE_EXERCISE_IDS, ceExerciseTitles } from '@/features/cross-entropy/exercise-catalog';
import { DATA_EXERCISE_IDS, dataExerciseTitles } from '@/features/data/exercise-catalog';
import { MISTAKES_EXERCISE_IDS, mistakesExerciseTitles } from '@/features/mistakes/exercise-catalog';
import { SOFTMAX_EXERCISE_IDS, softmaxExerciseTitles } from '@/features/softmax/exercise-catalog';
import { TRAINING_EXERCISE_IDS, trainingExerciseTitles } from '@/features/training/exercise-catalog';
import type { Lang, MessageTable } from '@/ui/i18n';
import type { SectionId } from './url-state';

/**
 * Every exercise on the page, lesson by lesson in page order: each lesson
 * declares its own (ids and titles, a small module loaded with the page), the
 * app puts them together for links (`?exercise=`) and the progress list.
 */
export interface ExerciseEntry {
  id: string;
  lesson: SectionId;
  title: (lang: Lang) => string;
}

function entries<Id extends string>(lesson: SectionId, ids: readonly Id[], titles: MessageTable<Record<Id, string>>): ExerciseEntry[] {
  return ids.map((id) => ({ id, lesson, title: (lang: Lang) => titles[lang][id] }));
}

export const EXERCISES: readonly ExerciseEntry[] = [
  ...entries('classification', CLASSIFICATION_EXERCISE_IDS, classificationExerciseTitles),
  ...entries('softmax', SOFTMAX_EXERCISE_IDS, softmaxExerciseTitles),
  ...entries('cross-entropy', CE_EXERCISE_IDS, ceExerciseTitles),
  ...entries('data', DATA_EXERCISE_IDS, dataExerciseTitles),
  ...entries('train', TRAINING_EXERCISE_IDS, trainingExerciseTitles),
  ...entries('mistakes', MISTAKES_EXERCISE_IDS, mistakesExerciseTitles),
];

const BY_ID = new Map(EXERCISES.map((entry) => [entry.id, entry]));

export const isExerciseId = (id: string): boolean => BY_ID.has(id);

/** The lesson an exercise lives in, or undefined for an unknown id. */
export const exerciseLesson = (id: string): SectionId | undefined => BY_ID.get(id)?.lesson;

/** The element id of an exercise's card (ExerciseCard). */
export const exerciseElementId = (id: string): string => `exercise-${id}`;
