import { defineMessages } from './i18n';

export const uiMessages = defineMessages(
  {
    empty: 'Enter a number.',
    notNumber: 'That is not a number.',
    notFinite: 'The number must be finite.',
    notInteger: 'Enter a whole number.',
    tooSmall: (min: string) => `The smallest allowed value is ${min}.`,
    tooSmallExclusive: (min: string) => `The value must be greater than ${min}.`,
    tooLarge: (max: string) => `The largest allowed value is ${max}.`,
    keptValue: (value: string) => `Still using ${value}.`,
    lessonFailed: 'This lesson ran into an error and stopped.',
    lessonKept:
      'Nothing else was lost: the other lessons keep working, and what you set in them (the logits, class names, training settings and runs) is kept.',
    lessonReset: 'Reset this lesson',
    lessonDetails: 'Details',
  },
  {
    empty: '숫자를 입력하세요.',
    notNumber: '숫자가 아닙니다.',
    notFinite: '유한한 숫자여야 합니다.',
    notInteger: '정수를 입력하세요.',
    tooSmall: (min: string) => `허용되는 가장 작은 값은 ${min}입니다.`,
    tooSmallExclusive: (min: string) => `${min}보다 큰 값이어야 합니다.`,
    tooLarge: (max: string) => `허용되는 가장 큰 값은 ${max}입니다.`,
    keptValue: (value: string) => `이전 값 ${value}을(를) 그대로 사용합니다.`,
    lessonFailed: '이 단원에서 오류가 나서 실행이 멈췄습니다.',
    lessonKept:
      '다른 것은 잃지 않았습니다. 다른 단원은 그대로 작동하고, 거기서 정한 로짓, 클래스 이름, 학습 설정과 학습 기록도 그대로 남아 있습니다.',
    lessonReset: '이 단원 다시 시작',
    lessonDetails: '자세히',
  },
);
