import { defineMessages } from '@/ui/i18n';

/** The Mistakes lesson's exercises, in page order (ui-contract.md, "exercises"). */
export const MISTAKES_EXERCISE_IDS = ['confused-pair', 'ch3.6-4'] as const;
export type MistakesExerciseId = (typeof MISTAKES_EXERCISE_IDS)[number];

export const mistakesExerciseTitles = defineMessages<Record<MistakesExerciseId, string>>(
  {
    'confused-pair': 'Which two classes will the model confuse most?',
    'ch3.6-4': 'The most likely label, or the cheapest decision?',
  },
  {
    'confused-pair': '모델이 가장 많이 헷갈릴 두 클래스는?',
    'ch3.6-4': '가장 그럴듯한 레이블인가, 비용이 가장 적은 결정인가?',
  },
);
