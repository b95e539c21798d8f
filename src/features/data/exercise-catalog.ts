import { defineMessages } from '@/ui/i18n';

/** The data lesson's exercises (ui-contract.md, "exercises"). */
export const DATA_EXERCISE_IDS = ['majority-baseline'] as const;
export type DataExerciseId = (typeof DATA_EXERCISE_IDS)[number];

export const dataExerciseTitles = defineMessages<Record<DataExerciseId, string>>(
  { 'majority-baseline': 'The accuracy of always guessing one class' },
  { 'majority-baseline': '늘 한 클래스만 답하는 모델의 정확도' },
);
