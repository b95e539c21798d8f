import { defineMessages } from '@/ui/i18n';

/** The Mistakes lesson's words for uploaded weights and for its pictures as files. */
export const mistakesKeepMessages = defineMessages(
  {
    uploadedShown: (file: string) => `Showing uploaded weights from ${file}, evaluated on this page.`,
    uploadedSummary: (count: number, total: number) => `Uploaded weights: ${count} of ${total} test images misclassified.`,
    uploadedWeights: 'The uploaded weights.',
    pictures: 'Save as a picture',
    matrixPng: 'confusion matrix as PNG',
    matrixSvg: 'confusion matrix as SVG',
    templatesPng: 'weight templates as PNG',
    templatesSvg: 'weight templates as SVG',
    pictureFailed: 'The picture could not be made in this browser.',
  },
  {
    uploadedShown: (file: string) => `${file}에서 불러온 가중치를 이 페이지에서 평가한 결과입니다.`,
    uploadedSummary: (count: number, total: number) => `불러온 가중치: 테스트 이미지 ${total}개 중 ${count}개를 잘못 분류했습니다.`,
    uploadedWeights: '불러온 가중치입니다.',
    pictures: '그림으로 저장',
    matrixPng: '혼동 행렬 PNG',
    matrixSvg: '혼동 행렬 SVG',
    templatesPng: '가중치 템플릿 PNG',
    templatesSvg: '가중치 템플릿 SVG',
    pictureFailed: '이 브라우저에서는 그림을 만들 수 없습니다.',
  },
);
