import { defineMessages } from '@/ui/i18n';
import type { SectionId } from './url-state';

const sectionNamesEn: Record<SectionId, string> = {
  softmax: 'Softmax',
  'cross-entropy': 'Cross-entropy',
  data: 'Data',
  train: 'Train',
  mistakes: 'Mistakes',
};
const sectionNamesKo: Record<SectionId, string> = {
  softmax: '소프트맥스',
  'cross-entropy': '교차 엔트로피',
  data: '데이터',
  train: '학습',
  mistakes: '오분류',
};

export const appMessages = defineMessages(
  {
    appName: 'Softmax Lab',
    tagline: 'Multi-class classification, one number at a time',
    navLabel: 'Sections',
    section: (id: SectionId) => sectionNamesEn[id],
    language: 'language',
    skipToContent: 'Skip to content',
    urlNotice: (param: string, value: string) => `The link's "${param}=${value}" is not valid and was ignored.`,
    dismiss: 'Dismiss',
    footer: 'Fashion-MNIST © Zalando SE, MIT licence. After Dive into Deep Learning, chapter 4.',
  },
  {
    appName: '소프트맥스 랩',
    tagline: '다중 분류를 숫자 하나하나로 이해하기',
    navLabel: '섹션',
    section: (id: SectionId) => sectionNamesKo[id],
    language: '언어',
    skipToContent: '본문으로 건너뛰기',
    urlNotice: (param: string, value: string) => `링크의 "${param}=${value}" 값이 올바르지 않아 무시했습니다.`,
    dismiss: '닫기',
    footer: 'Fashion-MNIST © Zalando SE, MIT 라이선스. 『Dive into Deep Learning』 4장을 따라 만들었습니다.',
  },
);
