import { defineMessages } from '@/ui/i18n';

/** The training lesson's exercises, in page order (ui-contract.md, "exercises"). */
export const TRAINING_EXERCISE_IDS = ['lr-huge', 'lr-tiny', 'ch3.6-5'] as const;
export type TrainingExerciseId = (typeof TRAINING_EXERCISE_IDS)[number];

export const trainingExerciseTitles = defineMessages<Record<TrainingExerciseId, string>>(
  {
    'lr-huge': 'What will lr = 1e5 do?',
    'lr-tiny': 'What will lr = 1e-10 do?',
    'ch3.6-5': 'A vocabulary of 50,000 words',
  },
  {
    'lr-huge': '학습률 1e5는 어떻게 될까?',
    'lr-tiny': '학습률 1e-10은 어떻게 될까?',
    'ch3.6-5': '단어 50,000개짜리 어휘',
  },
);
