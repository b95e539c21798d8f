import { defineMessages } from '@/ui/i18n';

/** The cross-entropy lesson's exercises, in page order (ui-contract.md, "exercises"). */
export const CE_EXERCISE_IDS = ['loss-at-one-percent', 'gradient-push', 'ch3.4-1', 'ch3.4-2', 'ch3.6-2', 'ch3.6-3'] as const;
export type CeExerciseId = (typeof CE_EXERCISE_IDS)[number];

export const ceExerciseTitles = defineMessages<Record<CeExerciseId, string>>(
  {
    'loss-at-one-percent': 'The loss at probability 0.01',
    'gradient-push': 'Where p − y pushes the logits',
    'ch3.4-1': 'The second derivative is a variance',
    'ch3.4-2': 'Three equally likely classes',
    'ch3.6-2': 'When the textbook’s cross_entropy fails',
    'ch3.6-3': 'The fix',
  },
  {
    'loss-at-one-percent': '정답 클래스의 확률이 0.01일 때의 손실',
    'gradient-push': '기울기 ŷ − y가 로짓을 미는 방향',
    'ch3.4-1': '2계 도함수는 분산이다',
    'ch3.4-2': '똑같이 그럴듯한 세 클래스',
    'ch3.6-2': '교재의 cross_entropy가 실패할 때',
    'ch3.6-3': '해결책',
  },
);
