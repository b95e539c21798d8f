import { defineMessages } from '@/ui/i18n';

/** The lecture's remarks on the loss that no widget shows (d2l 3.4): label noise, the regression analogy, compression. */
export const ceNotesMessages = defineMessages(
  {
    title: 'More about this loss, from the lecture',
    labelNoise:
      'Why the loss never reaches 0 on real data: some labels are simply wrong (label noise), and some images could honestly be either class. A model that gave the labelled class probability 1 every time would be infinitely surprised by the first mislabelled example, so the best a model can do is spread its probability the way the data really are, and the lowest reachable loss stays above 0.',
    regression:
      'The gradient ŷ − y has the same shape as the gradient of squared error in linear regression, prediction minus target. That is no accident: both losses are the negative log-likelihood of a distribution from the exponential family (a Gaussian for regression, a categorical distribution here), and for every such model the gradient with respect to the scores is "what the model expects minus what was observed".',
    compression:
      'Entropy as compression: H(p) is the fewest bits per symbol that any code needs on average for data drawn from p. Data that are easy to predict are easy to compress; a stream where every symbol is the same needs no bits at all. Cross-entropy H(p, ŷ) is the average length you pay when you build the code from your model ŷ instead of the true p, so a better model is literally a better compressor.',
  },
  {
    title: '이 손실에 대해 강의에서 더 알아보기',
    labelNoise:
      '실제 데이터에서 손실이 0에 이르지 못하는 까닭: 레이블 가운데 일부는 그냥 틀려 있고(레이블 잡음), 어떤 이미지는 정말로 두 클래스 어느 쪽으로도 볼 수 있습니다. 레이블이 붙은 클래스에 늘 확률 1을 주는 모델은 잘못 붙은 첫 예제에서 무한히 놀라게 됩니다. 그래서 모델이 할 수 있는 최선은 데이터가 실제로 퍼진 만큼 확률을 나누는 것이고, 도달할 수 있는 가장 낮은 손실도 0보다 큽니다.',
    regression:
      '기울기 ŷ − y는 선형 회귀에서 제곱 오차의 기울기와 모양이 같습니다. 둘 다 "예측 − 목표"입니다. 우연이 아닙니다. 두 손실 모두 지수족 분포(회귀는 가우스 분포, 여기서는 범주 분포)의 음의 로그 우도이고, 이런 모델에서는 점수에 대한 기울기가 늘 "모델이 기대한 값 − 실제로 관측한 값"이 됩니다.',
    compression:
      '압축으로 본 엔트로피: H(p)는 분포 p에서 나온 데이터를 부호화할 때 어떤 부호든 기호 하나에 평균적으로 써야 하는 최소 비트 수입니다. 예측하기 쉬운 데이터는 압축하기도 쉽습니다. 모든 기호가 같은 데이터는 비트가 하나도 필요 없습니다. 교차 엔트로피 H(p, ŷ)는 참 분포 p 대신 모델 ŷ로 부호를 만들었을 때 치르는 평균 길이이므로, 더 좋은 모델은 말 그대로 더 좋은 압축기입니다.',
  },
);
