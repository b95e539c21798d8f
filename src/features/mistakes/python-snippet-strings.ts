import { defineMessages } from '@/ui/i18n';

/** The Mistakes lesson's Python snippet: caption and the comments in its code. */
export const predictSnippetMessages = defineMessages(
  {
    caption:
      'The lecture’s prediction step written in PyTorch: predict every test image, compare with the labels, count the mistakes. Its output is this page’s model on the test set, the same count as the summary above.',
    predict: 'the predicted class: the one with the largest probability (or logit)',
    collect: 'predictions and labels of the whole test set, in order',
    wrong: 'True where the prediction is not the label: the mistakes shown below',
    firstFew: (k: number) => `the first ${k} test images: predictions, labels, mistakes`,
    count: 'how many mistakes, out of how many images',
    accuracy: 'the test accuracy is the rest: the fraction predicted right',
    trainFirst: '(Train the model in the Train lesson: this code’s output appears here after the first epoch.)',
  },
  {
    caption:
      '강의의 예측 단계를 PyTorch로 쓴 코드입니다. 테스트 이미지를 모두 예측해 레이블과 비교하고 틀린 개수를 셉니다. 출력은 이 페이지에서 학습한 모델의 테스트 세트 결과로, 위 요약과 같은 개수입니다.',
    predict: '예측 클래스: 확률(또는 로짓)이 가장 큰 클래스',
    collect: '테스트 세트 전체의 예측과 레이블을 순서대로 모읍니다',
    wrong: '예측이 레이블과 다른 곳이 True: 아래에 보이는 오분류입니다',
    firstFew: (k: number) => `처음 ${k}개의 테스트 이미지: 예측, 레이블, 오분류 여부`,
    count: '틀린 개수와 전체 이미지 수',
    accuracy: '나머지가 테스트 정확도, 즉 맞힌 비율입니다',
    trainFirst: '(학습 단원에서 모델을 학습시키면 첫 에포크가 끝난 뒤 이 코드의 출력이 여기에 나타납니다.)',
  },
);

export type PredictSnippetNotes = (typeof predictSnippetMessages)['en'];
