import { defineMessages } from '@/ui/i18n';

/** The training lesson's Python snippet: caption, code comments, and what it says before a run. */
export const trainSnippetMessages = defineMessages(
  {
    caption:
      'The lecture’s evaluate_accuracy and training epoch written in PyTorch. Its output is this page’s run, epoch by epoch: the same loss and accuracies as the table above. The TypeScript step below is what the page really runs.',
    init: 'W ~ N(0, 0.01²), 784 × 10, and b = 0, as in the lecture',
    fromLessons: 'softmax and cross_entropy are the ones from the lessons above',
    evaluate: 'the fraction of correct predictions, without computing gradients',
    meanLoss: 'the mean loss of the minibatch',
    backward: 'the gradient; for the logits it is (P − Y)/n',
    sgd: 'one SGD step, then clear the gradients for the next minibatch',
    epochZero: 'epoch 0: the untrained model (about 0.1 with 10 classes)',
    runFirst: '(Press Train above: the output of this loop appears here, epoch by epoch.)',
    differs: (parts: string) => `this page’s run uses ${parts}; the output below is that run, and the loop is the same`,
    mlp: 'an MLP instead of softmax regression',
    momentum: 'SGD with momentum',
    adam: 'Adam instead of plain SGD',
    weightDecay: (lambda: string) => `weight decay λ = ${lambda}`,
  },
  {
    caption:
      '강의의 evaluate_accuracy와 에포크 한 번의 학습을 PyTorch로 쓴 코드입니다. 출력은 이 페이지에서 실행한 학습의 에포크별 결과로, 위 표와 같은 손실과 정확도입니다. 페이지가 실제로 실행하는 코드는 아래의 TypeScript 스텝입니다.',
    init: '강의와 같이 W ~ N(0, 0.01²)는 784 × 10, b = 0',
    fromLessons: 'softmax와 cross_entropy는 앞 단원에서 정의한 함수입니다',
    evaluate: '맞힌 예측의 비율을 기울기 계산 없이 셉니다',
    meanLoss: '미니배치의 평균 손실',
    backward: '기울기를 구합니다. 로짓에 대한 기울기는 (P − Y)/n입니다',
    sgd: 'SGD 스텝 한 번, 그리고 다음 미니배치를 위해 기울기를 지웁니다',
    epochZero: '에포크 0: 학습 전 모델 (클래스가 10개이면 약 0.1)',
    runFirst: '(위에서 학습 버튼을 누르면 이 반복문의 출력이 에포크마다 여기에 나타납니다.)',
    differs: (parts: string) => `이 페이지의 학습 설정: ${parts}. 아래 출력은 그 결과이고, 반복문의 구조는 같습니다`,
    mlp: '소프트맥스 회귀 대신 MLP',
    momentum: '모멘텀을 쓰는 SGD',
    adam: '일반 SGD 대신 Adam',
    weightDecay: (lambda: string) => `가중치 감쇠 λ = ${lambda}`,
  },
);

export type TrainSnippetNotes = (typeof trainSnippetMessages)['en'];
