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
  },
);
