import { defineMessages } from '@/ui/i18n';

/** The classification lesson's exercises (ui-contract.md, "exercises"). */
export const CLASSIFICATION_EXERCISE_IDS = ['one-hot-distance'] as const;
export type ClassificationExerciseId = (typeof CLASSIFICATION_EXERCISE_IDS)[number];

export const classificationExerciseTitles = defineMessages<Record<ClassificationExerciseId, string>>(
  { 'one-hot-distance': 'How far apart are two one-hot labels?' },
  { 'one-hot-distance': '두 원-핫 레이블은 얼마나 떨어져 있을까?' },
);
