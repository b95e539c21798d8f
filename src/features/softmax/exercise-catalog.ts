import { defineMessages } from '@/ui/i18n';

/** The Softmax lesson's exercises, in page order: its own questions, then the chapter's (ui-contract.md, "exercises"). */
export const SOFTMAX_EXERCISE_IDS = ['double-tau', 'add-five', 'ch3.6-1', 'ch3.4-3'] as const;
export type SoftmaxExerciseId = (typeof SOFTMAX_EXERCISE_IDS)[number];

export const softmaxExerciseTitles = defineMessages<Record<SoftmaxExerciseId, string>>(
  {
    'double-tau': 'Double the temperature',
    'add-five': 'Add 5 to every logit',
    'ch3.6-1': 'exp(50): does it fit?',
    'ch3.4-3': 'RealSoftMax, the smooth maximum',
  },
  {
    'double-tau': '온도를 두 배로 올리면',
    'add-five': '모든 로짓에 5를 더하면',
    'ch3.6-1': 'exp(50)은 담길까?',
    'ch3.4-3': '진짜 소프트맥스(RealSoftMax)와 부드러운 최댓값',
  },
);
