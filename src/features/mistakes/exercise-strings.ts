import { defineMessages } from '@/ui/i18n';

/** The Mistakes lesson's exercise questions and explanations. Numbers arrive formatted. */
export const mistakesExerciseMessages = defineMessages(
  {
    pairQuestion:
      'Before you train: softmax regression on Fashion-MNIST will mistake some classes for others. Which pair will it confuse most, counting both directions (a taken for b, and b for a)?',
    pairOption: (a: string, b: string) => `${a} ↔ ${b}`,
    otherPair: 'another pair',
    pairWaiting: 'The answer comes from the model’s own predictions: train it first (the Train lesson), then reveal.',
    pairAnswer: (a: string, b: string, count: number, aAsB: number, bAsA: number, total: number, epoch: number) =>
      `After ${epoch} epochs the model confused ${a} and ${b} ${count} times in ${total} test images: ${aAsB} ${a} taken for ${b}, ${bAsA} the other way.`,
    pairNext: (a: string, b: string, count: number) => `Next: ${a} and ${b}, ${count} times.`,
    pairWhy:
      'Softmax regression is linear: one template of pixel weights per class. Garments with the same outline, tops with sleeves or shoes with low soles, light up the same pixels, so their templates score them alike.',
    pairLive: 'This answer follows the latest evaluation: after each epoch it is counted again.',
    pairSet: (a: string, b: string) => `The gallery below now shows the ${a} images taken for ${b}.`,
    diagnosisQuestion:
      'A model reads a patient’s scan and gives the probability of a disease. Sending a sick patient home (a missed disease) costs far more than treating a healthy one (a false alarm). With the numbers below, what should the doctor do?',
    probability: 'probability of disease',
    missCost: 'cost of a missed disease',
    falseAlarmCost: 'cost of a false alarm',
    costCaption: 'The cost matrix: what each decision (column) costs when the truth is the row.',
    truthDecision: 'truth \\ decision',
    healthy: 'healthy (1 − p)',
    sick: 'sick (p)',
    treat: 'treat (decide “disease”)',
    sendHome: 'send the patient home (decide “healthy”)',
    treatShort: 'treat',
    sendHomeShort: 'send home',
    colDecision: 'decision',
    colHow: 'computed as',
    colRisk: 'expected cost',
    riskHome: (p: string, miss: string) => `p · cost of a miss = ${p} × ${miss}`,
    riskTreat: (q: string, alarm: string) => `(1 − p) · cost of a false alarm = ${q} × ${alarm}`,
    diagnosisAnswer: (decision: string, mostLikely: string) =>
      `Decide by the expected cost, not by the larger probability: here that means “${decision}”. The most likely label would say “${mostLikely}”.`,
    diagnosisThreshold: (threshold: string) =>
      `Treating costs less as soon as p · cost of a miss > (1 − p) · cost of a false alarm, that is for p above cost of a false alarm / (cost of a false alarm + cost of a miss) = ${threshold}. With equal costs that is 0.5: the most likely label is the best decision only when every mistake costs the same.`,
    diagnosisLive: 'Change the numbers above: the costs and the decision follow them. A confusion matrix weighted by such costs, rather than plain accuracy, is how a clinic would judge a model.',
  },
  {
    pairQuestion:
      '학습하기 전에 예측해 보세요. Fashion-MNIST로 학습한 소프트맥스 회귀는 어떤 클래스를 다른 클래스로 착각합니다. 양쪽 방향(a를 b로, b를 a로)을 모두 세었을 때 가장 많이 헷갈릴 쌍은 무엇일까요?',
    pairOption: (a: string, b: string) => `${a} ↔ ${b}`,
    otherPair: '다른 쌍',
    pairWaiting: '정답은 모델이 실제로 낸 예측에서 셉니다. 먼저 학습 단원에서 학습한 뒤 정답을 보세요.',
    pairAnswer: (a: string, b: string, count: number, aAsB: number, bAsA: number, total: number, epoch: number) =>
      `${epoch}에포크 뒤 모델은 테스트 이미지 ${total}장에서 ${a} ↔ ${b} 쌍을 ${count}번 헷갈렸습니다. ${a} → ${b} 방향이 ${aAsB}번, ${b} → ${a} 방향이 ${bAsA}번입니다.`,
    pairNext: (a: string, b: string, count: number) => `그다음은 ${a} ↔ ${b}, ${count}번입니다.`,
    pairWhy:
      '소프트맥스 회귀는 선형 모델이어서 클래스마다 픽셀 가중치 템플릿이 하나씩 있을 뿐입니다. 소매 달린 상의나 바닥이 낮은 신발처럼 윤곽이 비슷한 옷은 같은 픽셀을 밝히므로 템플릿 점수도 비슷하게 나옵니다.',
    pairLive: '이 정답은 가장 최근의 평가를 따릅니다. 에포크가 끝날 때마다 다시 셉니다.',
    pairSet: (a: string, b: string) => `아래 갤러리가 이제 정답 클래스가 ${a}이고 예측이 ${b}인 이미지를 보여 줍니다.`,
    diagnosisQuestion:
      '어떤 모델이 환자의 영상을 보고 질병이 있을 확률을 냅니다. 아픈 환자를 집으로 돌려보내는 것(질병을 놓침)은 건강한 사람을 치료하는 것(잘못된 경보)보다 훨씬 큰 비용이 듭니다. 아래 수치에서 의사는 어떻게 해야 할까요?',
    probability: '질병이 있을 확률',
    missCost: '질병을 놓쳤을 때의 비용',
    falseAlarmCost: '잘못된 경보의 비용',
    costCaption: '비용 행렬: 실제 상태(행)에 따라 각 결정(열)이 치르는 비용',
    truthDecision: '실제 \\ 결정',
    healthy: '건강 (1 − p)',
    sick: '질병 (p)',
    treat: '치료한다(“질병”으로 판단)',
    sendHome: '집으로 돌려보낸다(“건강”으로 판단)',
    treatShort: '치료',
    sendHomeShort: '귀가',
    colDecision: '결정',
    colHow: '계산',
    colRisk: '기대 비용',
    riskHome: (p: string, miss: string) => `p · 놓친 비용 = ${p} × ${miss}`,
    riskTreat: (q: string, alarm: string) => `(1 − p) · 잘못된 경보의 비용 = ${q} × ${alarm}`,
    diagnosisAnswer: (decision: string, mostLikely: string) =>
      `더 큰 확률이 아니라 기대 비용으로 결정해야 합니다. 여기서는 ${decision} 쪽이 맞습니다. 가장 그럴듯한 레이블을 따르면 ${mostLikely} 쪽이 됩니다.`,
    diagnosisThreshold: (threshold: string) =>
      `p · 놓친 비용 > (1 − p) · 잘못된 경보의 비용이면 치료하는 편이 비용이 적습니다. 곧 p가 잘못된 경보의 비용 / (잘못된 경보의 비용 + 놓친 비용) = ${threshold}보다 크면 치료합니다. 두 비용이 같으면 이 값은 0.5이므로, 가장 그럴듯한 레이블이 최선의 결정인 것은 모든 실수의 비용이 같을 때뿐입니다.`,
    diagnosisLive: '위의 수치를 바꾸면 기대 비용과 결정이 따라 바뀝니다. 병원이라면 단순한 정확도가 아니라 이런 비용으로 가중한 혼동 행렬로 모델을 평가할 것입니다.',
  },
);
