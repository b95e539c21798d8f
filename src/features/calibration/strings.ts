import { defineMessages } from '@/ui/i18n';

type Verdict = 'overconfident' | 'underconfident' | 'calibrated' | 'bound';

const verdictEn: Record<Verdict, (tau: string) => string> = {
  overconfident: (tau) =>
    `τ* = ${tau} > 1: the model was overconfident. Dividing its logits by τ* softens every probability, the way the temperature slider in the Softmax lesson does.`,
  underconfident: (tau) => `τ* = ${tau} < 1: the model was underconfident. Dividing its logits by τ* sharpens its probabilities.`,
  calibrated: (tau) => `τ* = ${tau}, about 1: the model’s probabilities were already about right on average.`,
  bound: (tau) => `τ* = ${tau} sits at the end of the range searched (0.05 to 20): the best temperature may lie beyond it.`,
};
const verdictKo: Record<Verdict, (tau: string) => string> = {
  overconfident: (tau) =>
    `τ* = ${tau} > 1이므로 모델은 지나치게 확신하고 있었습니다. 로짓을 τ*로 나누면 모든 확률이 부드러워집니다. 소프트맥스 단원의 온도 슬라이더가 하는 일과 같습니다.`,
  underconfident: (tau) => `τ* = ${tau} < 1이므로 모델은 확신이 지나치게 부족했습니다. 로짓을 τ*로 나누면 확률이 더 뾰족해집니다.`,
  calibrated: (tau) => `τ* = ${tau}로 거의 1입니다. 모델의 확률은 평균적으로 이미 잘 맞고 있었습니다.`,
  bound: (tau) => `τ* = ${tau}는 탐색한 범위(0.05~20)의 끝입니다. 가장 좋은 온도는 그 바깥에 있을 수 있습니다.`,
};

export const calibrationMessages = defineMessages(
  {
    title: 'Calibration',
    lead: 'When the model says 0.9, is it right 9 times in 10? The lecture asks for exactly this: of the examples given probability 0.5, half should belong to that class. A model like that is calibrated. Here is how calibrated the trained model is on the test set, and how one number, a temperature, fixes much of it.',
    emptyTitle: 'Nothing to examine yet: train the model first',
    empty:
      'After each epoch of training, this lesson scores the model’s confidence on the test set and fits a temperature on the validation images that training held out. One epoch is enough.',
    goToTrain: 'go to training',
    waitingForLabels: 'Loading the test labels…',
    dataError: (detail: string) => `The test labels could not be loaded: ${detail}`,
    cannotScore: (detail: string) => `These results cannot be scored (did training diverge?): ${detail}`,
    runShown: (epoch: number, count: string) => `After epoch ${epoch}, on ${count} test images.`,

    confidenceTitle: 'Confidence and accuracy',
    confidenceLead:
      'The confidence of an answer is the largest probability, max_j ŷ_j. Sort the test images into bins by confidence; in each bin compare how often the model was right with how confident it was. On a calibrated model the bars reach the diagonal. The expected calibration error (ECE) is the average gap, each bin weighted by its share of the images.',
    bins: 'bins',
    statsCaption: 'Calibration on the test set before and after temperature scaling',
    metricColumn: 'measure',
    beforeColumn: 'before (τ = 1)',
    afterColumn: (tau: string) => `after (τ* = ${tau})`,
    eceRow: 'expected calibration error (ECE)',
    nllRow: 'negative log-likelihood (NLL), nats',
    accuracyRow: 'accuracy',
    validationNllRow: 'NLL on the validation set (where τ* was fitted)',
    noFitValue: '—',

    diagramBefore: 'Before: τ = 1',
    diagramAfter: (tau: string) => `After: τ* = ${tau}`,
    diagramLabel: (title: string, ece: string) => `Reliability diagram, ${title}: accuracy against confidence per bin, ECE ${ece}`,
    accuracyAxis: 'accuracy',
    confidenceAxis: 'confidence',
    countAxis: 'images',
    gapLegend: 'gap to the diagonal',
    binColumn: 'confidence bin',
    countColumn: 'images',
    binAccuracyColumn: 'accuracy',
    binConfidenceColumn: 'mean confidence',

    scalingTitle: 'Temperature scaling',
    scalingLead:
      'Divide every logit by one temperature τ before the softmax, and choose the τ that makes the validation images’ labels most likely: the smallest NLL. The validation images were held out of training, so the model has not fitted them. The largest logit stays the largest at any τ > 0, so no prediction changes and the accuracy stays exactly the same.',
    fittedTemperature: 'fitted temperature τ*',
    verdict: (verdict: Verdict, tau: string) => verdictEn[verdict](tau),
    noValidation:
      'No validation images were held out, so there is nothing to fit τ on without peeking at the test set. Set a validation size above 0 in the Train section and train again.',
    exampleTitle: 'One mistake, before and after',
    example: (index: number, trueName: string, predName: string, before: string, after: string, softer: boolean) =>
      `The most confident mistake, test image ${index}: a ${trueName} taken for a ${predName}, with probability ${before} at τ = 1 and ${after} at τ*. Still wrong, since the argmax cannot move, but ${softer ? 'less' : 'more'} sure.`,
    openAtTau: 'open in the Softmax lesson at τ*',
    openHint: 'The Softmax lesson takes this image’s 10 logits with its temperature set to τ*: drag the temperature back to 1 to see the answer as the model gave it.',
  },
  {
    title: '보정',
    lead: '모델이 0.9라고 말할 때 열 번 중 아홉 번은 맞을까요? 강의에서도 바로 이것을 요구합니다. 확률 0.5를 받은 예제라면 그중 절반이 실제로 그 클래스여야 합니다. 이런 모델을 보정(calibration)이 잘 된 모델이라고 합니다. 학습된 모델이 테스트 세트에서 얼마나 잘 보정되어 있는지, 그리고 온도라는 숫자 하나로 그것을 얼마나 고칠 수 있는지 살펴봅니다.',
    emptyTitle: '아직 살펴볼 것이 없습니다. 먼저 모델을 학습하세요',
    empty:
      '학습이 에포크 하나를 마칠 때마다 이 단원은 테스트 세트에서 모델의 확신도를 평가하고, 학습에서 떼어 둔 검증 이미지로 온도를 맞춥니다. 1 에포크면 충분합니다.',
    goToTrain: '학습 단원으로 가기',
    waitingForLabels: '테스트 레이블을 불러오는 중…',
    dataError: (detail: string) => `테스트 레이블을 불러오지 못했습니다: ${detail}`,
    cannotScore: (detail: string) => `이 결과는 평가할 수 없습니다(학습이 발산했나요?): ${detail}`,
    runShown: (epoch: number, count: string) => `${epoch} 에포크 뒤, 테스트 이미지 ${count}장 기준입니다.`,

    confidenceTitle: '확신도와 정확도',
    confidenceLead:
      '답의 확신도는 가장 큰 확률 max_j ŷ_j입니다. 테스트 이미지를 확신도에 따라 구간으로 나누고, 구간마다 모델이 실제로 맞힌 비율과 확신도를 비교합니다. 보정이 잘 된 모델이라면 막대가 대각선에 닿습니다. 기대 보정 오차(ECE)는 그 차이를 구간마다 이미지 비율로 가중해 평균한 값입니다.',
    bins: '구간 수',
    statsCaption: '온도 스케일링 전후의 테스트 세트 보정',
    metricColumn: '지표',
    beforeColumn: '전 (τ = 1)',
    afterColumn: (tau: string) => `후 (τ* = ${tau})`,
    eceRow: '기대 보정 오차(ECE)',
    nllRow: '음의 로그 우도(NLL), 내트',
    accuracyRow: '정확도',
    validationNllRow: '검증 세트의 NLL (τ*를 맞춘 데이터)',
    noFitValue: '—',

    diagramBefore: '전: τ = 1',
    diagramAfter: (tau: string) => `후: τ* = ${tau}`,
    diagramLabel: (title: string, ece: string) => `신뢰도 다이어그램, ${title}: 구간별 확신도 대비 정확도, ECE ${ece}`,
    accuracyAxis: '정확도',
    confidenceAxis: '확신도',
    countAxis: '이미지 수',
    gapLegend: '대각선과의 차이',
    binColumn: '확신도 구간',
    countColumn: '이미지 수',
    binAccuracyColumn: '정확도',
    binConfidenceColumn: '평균 확신도',

    scalingTitle: '온도 스케일링',
    scalingLead:
      '소프트맥스에 넣기 전에 모든 로짓을 같은 온도 τ로 나누고, 검증 이미지의 레이블이 나올 우도가 가장 큰 τ, 곧 NLL이 가장 작은 τ를 고릅니다. 검증 이미지는 학습에서 떼어 두었으므로 모델이 맞춰 본 적이 없는 데이터입니다. τ > 0이면 가장 큰 로짓은 언제나 가장 큰 로짓으로 남으므로, 어떤 예측도 바뀌지 않고 정확도도 그대로입니다.',
    fittedTemperature: '맞춘 온도 τ*',
    verdict: (verdict: Verdict, tau: string) => verdictKo[verdict](tau),
    noValidation:
      '검증용으로 떼어 둔 이미지가 없어서, 테스트 세트를 엿보지 않고는 τ를 맞출 데이터가 없습니다. 학습 단원에서 검증 세트 크기를 0보다 크게 정하고 다시 학습하세요.',
    exampleTitle: '오분류 하나, 전과 후',
    example: (index: number, trueName: string, predName: string, before: string, after: string, softer: boolean) =>
      `가장 확신한 오분류는 테스트 이미지 ${index}입니다(정답: ${trueName}, 예측: ${predName}). 예측 클래스의 확률은 τ = 1에서 ${before}, τ*에서 ${after}입니다. argmax는 움직일 수 없으니 여전히 틀리지만, ${softer ? '덜' : '더'} 확신합니다.`,
    openAtTau: '소프트맥스 단원에서 τ*로 열기',
    openHint: '이 이미지의 로짓 10개를 온도 τ*와 함께 소프트맥스 단원으로 보냅니다. 온도를 다시 1로 옮기면 모델이 처음 낸 답을 다시 볼 수 있습니다.',
  },
);
