import { defineMessages } from '@/ui/i18n';

/** The training lesson's exercise questions and explanations. Numbers arrive formatted. */
export const trainingExerciseMessages = defineMessages(
  {
    rateQuestion: (rate: string) =>
      `Before you run it: plain SGD on softmax regression with the learning rate ${rate} instead of 0.1, all else the same. What will the training do?`,
    choiceDiverges: 'The loss blows up: training diverges.',
    choiceStalls: 'The loss hardly moves: nothing is learned.',
    choiceLearns: 'It learns about as it does at lr = 0.1.',
    choiceFaster: 'It learns far faster than at lr = 0.1.',
    choiceCareful: 'It learns slowly, but ends up more accurate.',
    workedLead: (steps: number) =>
      `Worked out on a small problem of the same kind (softmax regression on seven 2×2 images, plain gradient descent from W = 0), the loss over at most ${steps} steps (a run that diverges stops there, as training here does):`,
    colStep: 'step',
    colLoss: 'loss (nats)',
    hugeWhy: (limit: string) =>
      `After one step the loss is past 20 ln 10 = ${limit}, where the training here stops and reports “diverged”. A step of 10⁵ times the gradient moves the weights by thousands: it overshoots the minimum by far, the logits grow huge and each next step overshoots more. In 32-bit floats the loss soon turns into NaN.`,
    tinyWhy: (steps: string, change: string) =>
      `Each step moves a weight by at most 10⁻¹⁰ times a gradient entry, and those are at most 1 here (pixels in [0, 1], |ŷ − y| ≤ 1). The ${steps} steps the form’s settings take move a weight by at most ${change}: the model stays where it started, at loss ln 10 ≈ 2.3026 and accuracy about 0.1.`,
    rateSet: (rate: string) => `The training form’s learning rate is now ${rate}: press Train to watch it happen on Fashion-MNIST.`,
    liveDiverged: (step: number) => `Your run at this learning rate diverged at step ${step}.`,
    liveEpochs: (epochs: number, accuracy: string) => `Your run at this learning rate: test accuracy ${accuracy} after ${epochs} epochs.`,
    vocabQuestion:
      'A language model predicts the next word with a softmax like ours: a feature vector of d = 512 numbers, a vocabulary of q = 50,000 words. How many multiply-adds does computing the logits o = Wx + b take for one word? (Ours: d = 784, q = 10, so 784 × 10 = 7,840.)',
    vocabAnswer: (total: string, ratio: string) =>
      `d × q = 512 × 50,000 = ${total}, about ${ratio} times ours, for every word of every sentence; then 50,000 exponentials and their sum for the softmax, and W alone holds 25.6 million numbers.`,
    vocabLinear: 'The cost grows linearly with q. Two classic ways around it:',
    vocabTree: (decisions: number) =>
      `Hierarchical softmax puts the words at the leaves of a binary tree: a word’s probability is the product of ${decisions} two-way decisions (sigmoids) along its path, ⌈log₂ 50,000⌉ = ${decisions}, each one dot product of length d.`,
    vocabSampled: (k: number) =>
      `Sampled softmax (while training only) scores the true word and ${k} sampled others instead of all 50,000; at prediction time the full softmax is still needed.`,
    colVocabulary: 'q',
    colFull: 'full softmax',
    colTree: 'hierarchical',
    colSampled: 'sampled (k = 100)',
    vocabCaption: 'multiply-adds per word, d = 512',
  },
  {
    rateQuestion: (rate: string) =>
      `실행하기 전에 예측해 보세요. 소프트맥스 회귀를 일반 SGD로 학습합니다. 다른 설정은 그대로 두고 학습률만 η = ${rate}입니다(기본값은 0.1). 학습은 어떻게 될까요?`,
    choiceDiverges: '손실이 폭발한다. 학습이 발산한다.',
    choiceStalls: '손실이 거의 움직이지 않는다. 아무것도 배우지 못한다.',
    choiceLearns: '학습률 0.1일 때와 비슷하게 배운다.',
    choiceFaster: '학습률 0.1일 때보다 훨씬 빨리 배운다.',
    choiceCareful: '천천히 배우지만 결국 더 정확해진다.',
    workedLead: (steps: number) =>
      `같은 종류의 작은 문제(2×2 이미지 일곱 장의 소프트맥스 회귀, W = 0에서 시작하는 일반 경사 하강법)에서 직접 계산한 손실입니다. 최대 ${steps}스텝까지 계산하며, 발산하면 이 앱의 학습처럼 그 자리에서 멈춥니다.`,
    colStep: '스텝',
    colLoss: '손실(내트)',
    hugeWhy: (limit: string) =>
      `한 스텝 만에 손실이 20 ln 10 = ${limit}을(를) 넘습니다. 이 앱의 학습은 여기서 멈추고 “발산함”이라고 알립니다. 기울기의 10⁵배만큼 움직이면 가중치가 수천씩 바뀌어 최솟값을 한참 지나치고, 로짓이 커질수록 다음 스텝은 더 크게 지나칩니다. 32비트 부동소수점에서는 손실이 곧 NaN이 됩니다.`,
    tinyWhy: (steps: string, change: string) =>
      `스텝마다 가중치는 기울기 성분의 10⁻¹⁰배만큼만 움직이고, 여기서 기울기 성분은 1을 넘지 않습니다(픽셀은 [0, 1], |ŷ − y| ≤ 1). 지금 설정의 ${steps}스텝을 모두 밟아도 가중치는 최대 ${change}밖에 움직이지 않습니다. 모델은 시작한 자리, 곧 손실 ln 10 ≈ 2.3026, 정확도 약 0.1에 머뭅니다.`,
    rateSet: (rate: string) => `학습 설정의 학습률이 이제 ${rate}입니다. Fashion-MNIST에서 직접 확인하려면 학습 버튼을 누르세요.`,
    liveDiverged: (step: number) => `이 학습률로 실행한 학습은 ${step}번째 스텝에서 발산했습니다.`,
    liveEpochs: (epochs: number, accuracy: string) => `이 학습률로 실행한 학습: ${epochs}에포크 뒤 테스트 정확도 ${accuracy}.`,
    vocabQuestion:
      '언어 모델이 우리와 같은 소프트맥스로 다음 단어를 예측합니다. 특성 벡터는 d = 512개의 수, 어휘는 q = 50,000개 단어입니다. 단어 하나에 대해 로짓 o = Wx + b를 계산하려면 곱셈-덧셈을 몇 번 해야 할까요? (우리 모델은 d = 784, q = 10이므로 784 × 10 = 7,840번입니다.)',
    vocabAnswer: (total: string, ratio: string) =>
      `d × q = 512 × 50,000 = ${total}번으로, 우리 모델의 약 ${ratio}배입니다. 그것도 모든 문장의 모든 단어마다 그렇습니다. 소프트맥스에는 지수 함수 50,000번과 그 합이 더 필요하고, W 하나에만 2,560만 개의 수가 들어갑니다.`,
    vocabLinear: '비용은 q에 비례해 늘어납니다. 이를 피하는 대표적인 방법이 둘 있습니다.',
    vocabTree: (decisions: number) =>
      `계층적 소프트맥스(hierarchical softmax)는 단어를 이진 트리의 잎에 둡니다. 단어의 확률은 그 경로를 따라 내리는 ${decisions}번의 두 갈래 결정(시그모이드)의 곱이고(⌈log₂ 50,000⌉ = ${decisions}), 결정마다 길이 d의 내적 한 번이면 됩니다.`,
    vocabSampled: (k: number) =>
      `샘플링 소프트맥스(sampled softmax)는 학습할 때만 정답 단어와 무작위로 뽑은 ${k}개 단어의 점수를 계산합니다. 예측할 때는 여전히 전체 소프트맥스가 필요합니다.`,
    colVocabulary: 'q',
    colFull: '전체 소프트맥스',
    colTree: '계층적',
    colSampled: '샘플링 (k = 100)',
    vocabCaption: '단어 하나당 곱셈-덧셈 횟수, d = 512',
  },
);
