import { term } from '@/ui/glossary';
import { defineMessages } from '@/ui/i18n';

export const mistakesMessages = defineMessages(
  {
    title: 'Mistakes',
    lead: 'After every epoch the model classifies the whole test set. Here are the images it got wrong, which classes it confuses, and what its weights have learned.',
    emptyTitle: 'Nothing here yet: train the model first',
    empty:
      'Start training in the Train section. After each epoch this section shows the test images the model misclassified (true → predicted class, with the probability it gave its answer), a confusion matrix that counts every pair of true and predicted class, and, for softmax regression, each class’s weights drawn as a picture.',
    waitingForImages: 'Loading the test images to draw the mistakes…',
    dataError: (detail: string) => `The test images could not be loaded, so the mistakes cannot be drawn: ${detail}`,
    retry: 'try again',
    analysisError: (detail: string) => `These results cannot be shown: ${detail}`,
    summary: (epoch: number, count: number, total: number) =>
      `After epoch ${epoch}: ${count} of ${total} test images misclassified.`,
    runShown: (run: number, model: 'softmax' | 'mlp', lr: string, batch: string, epochs: number) =>
      `Showing run ${run}: ${model === 'mlp' ? 'MLP' : 'softmax regression'}, learning rate ${lr}, batch size ${batch}, ${epochs} ${epochs === 1 ? 'epoch' : 'epochs'}.`,

    confusionTitle: 'Confusion matrix',
    confusionLead:
      'Each row is a true class, each column a predicted class. The diagonal counts correct answers; every other cell is one kind of mistake. Click a cell to show its images in the gallery.',
    showRates: 'show row rates',
    showRatesHint: 'Each row divided by its total: of the images of this class, the share predicted as each class.',
    trueAxis: 'true class',
    predAxis: 'predicted class',
    matrixCaption: 'Confusion matrix: rows are true classes, columns predicted classes',
    accuracyColumn: 'accuracy',
    overall: 'test accuracy = correct / all =',
    cellLabel: (count: number, rate: string, trueName: string, predName: string) =>
      `${count} images of ${trueName} predicted as ${predName}, rate ${rate}. Show them in the gallery.`,
    diagonalCellLabel: (count: number, rate: string, trueName: string) =>
      `${count} images of ${trueName} classified correctly, rate ${rate}. Show every mistake on ${trueName}.`,

    galleryTitle: 'Misclassified test images',
    sortLabel: 'sort by',
    sortConfidence: 'confidence, most confident first',
    sortIndex: 'test index',
    trueFilter: 'true class',
    predFilter: 'predicted class',
    anyClass: 'any',
    clearFilter: 'clear filter',
    showing: (from: number, to: number, total: number) => `${from}–${to} of ${total}`,
    noMatches: 'No misclassified images match this filter.',
    noMistakes: 'The model classifies every test image correctly.',
    pagesLabel: 'gallery pages',
    previousPage: 'previous page',
    nextPage: 'next page',
    pageOf: (page: number, pages: number) => `page ${page} of ${pages}`,
    itemLabel: (index: number, trueName: string, predName: string, prob: string) =>
      `Test image ${index}: true ${trueName}, predicted ${predName} with probability ${prob}`,

    detailRegion: 'Selected image',
    detailTitle: (index: number) => `Test image ${index}`,
    detailHint: 'Choose an image in the gallery to see its logits and the probabilities softmax turns them into.',
    detailImage: (index: number) => `Test image ${index}, enlarged`,
    trueLabel: 'true',
    predLabel: 'predicted',
    nowCorrect: 'After this epoch the model classifies this image correctly.',
    probsChart: (index: number) => `Probability of each class for test image ${index}`,
    classColumn: 'class',
    logitColumn: 'logit',
    probColumn: 'probability',
    openInPlayground: 'open in softmax playground',
    openHint: 'The Softmax lesson takes these 10 logits, so you can step through the very softmax that produced this answer.',
    diverged: 'The logits are not finite numbers (training diverged), so there are no probabilities to show.',

    weightsTitle: 'What the weights learned',
    weightsLead: 'Softmax regression gives each class c a logit that is a weighted sum over the 784 pixels:',
    weightsLeadAfter:
      'Drawn as a 28×28 picture, each class’s weights are a template: bright pixels where the weight is positive (red) raise that class’s logit, where it is negative (blue) they lower it.',
    weightsEpoch: (epoch: number) => `Weights after epoch ${epoch}.`,
    weightsMlp:
      'The MLP’s first layer connects pixels to hidden units, not to classes, so no class has one weight per pixel to draw. Train softmax regression (model: softmax) to see each class’s template.',
    weightImage: (name: string) => `Weights of ${name} as a 28×28 heatmap`,
    legendLabel: 'colour scale, shared by all classes',
    legendNegative: 'negative',
    legendPositive: 'positive',
  },
  {
    title: '오분류',
    lead: '에포크가 끝날 때마다 모델이 테스트 세트 전체를 분류합니다. 여기서는 모델이 틀린 이미지와, 어떤 클래스끼리 헷갈리는지, 그리고 가중치가 무엇을 학습했는지 살펴봅니다.',
    emptyTitle: '아직 보여 줄 것이 없습니다. 먼저 모델을 학습시키세요',
    empty:
      '학습 단원에서 학습을 시작하세요. 에포크가 끝날 때마다 이 단원에 모델이 잘못 분류한 테스트 이미지(정답 클래스 → 예측 클래스, 그리고 그 예측에 준 확률), 정답 클래스와 예측 클래스의 모든 조합을 센 혼동 행렬, 그리고 소프트맥스 회귀라면 클래스마다 가중치를 그림으로 그린 것이 나타납니다.',
    waitingForImages: '오분류 이미지를 그리기 위해 테스트 이미지를 불러오는 중입니다…',
    dataError: (detail: string) => `테스트 이미지를 불러오지 못해 오분류를 그릴 수 없습니다: ${detail}`,
    retry: '다시 시도',
    analysisError: (detail: string) => `이 결과는 보여 줄 수 없습니다: ${detail}`,
    summary: (epoch: number, count: number, total: number) =>
      `에포크 ${epoch} 이후: 테스트 이미지 ${total}개 중 ${count}개를 잘못 분류했습니다.`,
    runShown: (run: number, model: 'softmax' | 'mlp', lr: string, batch: string, epochs: number) =>
      `${run}번째 실행의 결과입니다: ${model === 'mlp' ? 'MLP' : '소프트맥스 회귀'}, 학습률 ${lr}, 배치 크기 ${batch}, 에포크 ${epochs}번.`,

    confusionTitle: '혼동 행렬',
    confusionLead:
      '행은 정답 클래스, 열은 예측 클래스입니다. 대각선은 맞힌 개수이고, 나머지 칸은 저마다 한 종류의 오분류입니다. 칸을 누르면 그 이미지들을 갤러리에서 볼 수 있습니다.',
    showRates: '행 비율 보기',
    showRatesHint: '각 행을 그 행의 합으로 나눈 값입니다. 이 클래스의 이미지 가운데 각 클래스로 예측된 비율을 뜻합니다.',
    trueAxis: term('trueClass'),
    predAxis: '예측 클래스',
    matrixCaption: '혼동 행렬: 행은 정답 클래스, 열은 예측 클래스',
    accuracyColumn: '정확도',
    overall: '테스트 정확도 = 맞힌 개수 / 전체 =',
    cellLabel: (count: number, rate: string, trueName: string, predName: string) =>
      `정답이 ${trueName}인 이미지 중 ${predName}(으)로 예측한 것 ${count}개, 비율 ${rate}. 갤러리에서 보기.`,
    diagonalCellLabel: (count: number, rate: string, trueName: string) =>
      `정답이 ${trueName}인 이미지 중 맞힌 것 ${count}개, 비율 ${rate}. ${trueName}의 오분류를 모두 보기.`,

    galleryTitle: '잘못 분류된 테스트 이미지',
    sortLabel: '정렬',
    sortConfidence: '확신도, 가장 확신한 것부터',
    sortIndex: '테스트 번호',
    trueFilter: term('trueClass'),
    predFilter: '예측 클래스',
    anyClass: '전체',
    clearFilter: '필터 해제',
    showing: (from: number, to: number, total: number) => `${total}개 중 ${from}–${to}`,
    noMatches: '이 필터에 맞는 오분류 이미지가 없습니다.',
    noMistakes: '모델이 모든 테스트 이미지를 올바르게 분류합니다.',
    pagesLabel: '갤러리 페이지',
    previousPage: '이전 페이지',
    nextPage: '다음 페이지',
    pageOf: (page: number, pages: number) => `${pages}쪽 중 ${page}쪽`,
    itemLabel: (index: number, trueName: string, predName: string, prob: string) =>
      `테스트 이미지 ${index}: 정답 ${trueName}, 예측 ${predName}, 확률 ${prob}`,

    detailRegion: '고른 이미지',
    detailTitle: (index: number) => `테스트 이미지 ${index}`,
    detailHint: '갤러리에서 이미지를 고르면 그 로짓과, 소프트맥스가 로짓을 바꾼 확률을 볼 수 있습니다.',
    detailImage: (index: number) => `테스트 이미지 ${index} 확대`,
    trueLabel: '정답',
    predLabel: '예측',
    nowCorrect: '이번 에포크 이후 모델은 이 이미지를 올바르게 분류합니다.',
    probsChart: (index: number) => `테스트 이미지 ${index}의 클래스별 확률`,
    classColumn: '클래스',
    logitColumn: '로짓',
    probColumn: '확률',
    openInPlayground: '소프트맥스 단원에서 열기',
    openHint: '이 10개의 로짓을 소프트맥스 단원으로 보내, 이 답을 만든 바로 그 소프트맥스 계산을 한 단계씩 살펴볼 수 있습니다.',
    diverged: '로짓이 유한한 수가 아니어서(학습이 발산했습니다) 보여 줄 확률이 없습니다.',

    weightsTitle: '가중치가 학습한 것',
    weightsLead: '소프트맥스 회귀는 클래스 c의 로짓을 784개 픽셀의 가중합으로 계산합니다.',
    weightsLeadAfter:
      '각 클래스의 가중치를 28×28 그림으로 그리면 그 클래스의 템플릿(본보기)이 보입니다. 가중치가 양수(빨강)인 자리의 픽셀이 밝을수록 그 클래스의 로짓이 커지고, 음수(파랑)인 자리가 밝을수록 작아집니다.',
    weightsEpoch: (epoch: number) => `에포크 ${epoch} 이후의 가중치입니다.`,
    weightsMlp:
      'MLP의 첫 층은 픽셀을 클래스가 아니라 은닉 유닛에 연결하므로, 클래스마다 픽셀 하나에 가중치 하나씩 대응하는 그림을 그릴 수 없습니다. 클래스별 템플릿을 보려면 소프트맥스 회귀(모델: softmax)를 학습시키세요.',
    weightImage: (name: string) => `${name}의 가중치를 그린 28×28 히트맵`,
    legendLabel: '색 척도, 모든 클래스에 공통',
    legendNegative: '음수',
    legendPositive: '양수',
  },
);
