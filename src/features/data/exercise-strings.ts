import { defineMessages } from '@/ui/i18n';

/** The data lesson's exercise. */
export const dataExerciseMessages = defineMessages(
  {
    question: (total: string) =>
      `The test set has ${total} images. A “model” answers the same class for every one of them, whatever the picture. What is the best test accuracy it can reach (a fraction between 0 and 1)?`,
    waiting: 'The answer is counted from the test set: it can be revealed once the data has loaded.',
    answer: (most: string, total: string, accuracy: string) =>
      `Counted from the test set: the most common class has ${most} of the ${total} images, so always answering it scores ${accuracy}. Fashion-MNIST is balanced, 1,000 test images of each class, hence 1/10.`,
    why: (loss: string) =>
      `Any classifier has to beat this to have learned something. The untrained softmax regression does no better: with W = 0 every class gets 0.1, and its loss is ln 10 = ${loss}, where the training lesson’s curves start.`,
  },
  {
    question: (total: string) =>
      `테스트 세트에는 이미지가 ${total}장 있습니다. 어떤 “모델”이 그림과 상관없이 모든 이미지에 같은 클래스를 답합니다. 이 모델이 얻을 수 있는 가장 높은 테스트 정확도는 얼마일까요(0과 1 사이의 비율)?`,
    waiting: '정답은 테스트 세트에서 직접 셉니다. 데이터를 불러온 뒤에 정답을 볼 수 있습니다.',
    answer: (most: string, total: string, accuracy: string) =>
      `테스트 세트에서 세어 보면, 가장 흔한 클래스가 ${total}장 중 ${most}장이므로 늘 그 클래스를 답하면 정확도는 ${accuracy}입니다. Fashion-MNIST는 클래스마다 테스트 이미지가 1,000장씩으로 균형이 맞아 1/10이 됩니다.`,
    why: (loss: string) =>
      `무언가를 배운 분류기라면 적어도 이 값은 넘어야 합니다. 학습 전의 소프트맥스 회귀도 이보다 낫지 않습니다. W = 0이면 모든 클래스가 0.1을 받고 손실은 ln 10 = ${loss}이며, 학습 단원의 곡선이 바로 여기서 시작합니다.`,
  },
);
