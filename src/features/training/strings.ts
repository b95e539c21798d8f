import { term } from '@/ui/glossary';
import { defineMessages } from '@/ui/i18n';
import type { BackendName, InputScaling, ModelKind, OptimizerKind } from '@/domain/training-config';
import type { BackendStanding } from './backend-choice';
import type { TrainStatus } from './training-state';

const statusEn: Record<TrainStatus, string> = {
  idle: 'Ready to train',
  loading: 'Loading data and TensorFlow.js…',
  training: 'Training',
  paused: 'Paused',
  done: 'Finished',
  diverged: 'Diverged',
  error: 'Stopped by an error',
};
const statusKo: Record<TrainStatus, string> = {
  idle: '학습 준비 완료',
  loading: '데이터와 TensorFlow.js를 불러오는 중…',
  training: '학습 중',
  paused: '일시 정지됨',
  done: '학습 완료',
  diverged: '발산함',
  error: '오류로 멈춤',
};
const backendEn: Record<BackendName, string> = { webgl: 'WebGL (GPU)', wasm: 'WebAssembly (SIMD)', cpu: 'CPU (plain JavaScript)' };
const backendKo: Record<BackendName, string> = { webgl: 'WebGL (GPU)', wasm: 'WebAssembly (SIMD)', cpu: 'CPU (순수 자바스크립트)' };
const modelEn: Record<ModelKind, string> = { softmax: 'Softmax regression', mlp: 'MLP (one hidden layer, 256 ReLU units)' };
const modelKo: Record<ModelKind, string> = { softmax: '소프트맥스 회귀', mlp: 'MLP (은닉층 1개, ReLU 256개)' };
const optimizerEn: Record<OptimizerKind, string> = { sgd: 'SGD', momentum: 'SGD with momentum 0.9', adam: 'Adam' };
const optimizerKo: Record<OptimizerKind, string> = { sgd: 'SGD', momentum: '모멘텀 SGD (0.9)', adam: 'Adam' };
const scalingEn: Record<InputScaling, string> = {
  raw: 'Raw pixels 0–255',
  unit: 'Scaled to [0, 1]',
  standardize: 'Standardized (training-set mean and spread)',
};
const scalingKo: Record<InputScaling, string> = {
  raw: '원래 픽셀 값 0–255',
  unit: '[0, 1] 범위로 조정 (255로 나눔)',
  standardize: '표준화 (훈련 세트의 평균과 표준편차)',
};

export const trainMessages = defineMessages(
  {
    title: 'Train',
    lead:
      'Softmax regression learns Fashion-MNIST on your own GPU: W is 784 × 10, drawn from N(0, 0.01²), b starts at 0, and each minibatch step moves them against the gradient of the cross-entropy, scaled by the learning rate η. The training runs in a background worker, so the page stays smooth.',
    train: 'Train',
    pause: 'Pause',
    resume: 'Resume',
    reset: 'Reset',
    settings: 'Settings',
    learningRate: 'learning rate',
    learningRateSlider: 'lr slider (log scale)',
    presets: 'Classic experiments',
    presetDefault: 'lr 0.1 (default)',
    presetDiverge: 'lr 1e5 (diverges)',
    presetStall: 'lr 1e-10 (stalls)',
    batchSize: 'batch size',
    epochs: 'epochs',
    model: 'model',
    optimizer: 'optimizer',
    weightDecay: 'weight decay λ',
    scaling: 'input scaling',
    seed: 'seed',
    validationSize: 'validation size',
    validationHeld: (held: string, train: string) =>
      held === '0'
        ? 'No training images are held out, so the Calibration lesson has no unseen data to fit its temperature on.'
        : `The last ${held} training images are held out for validation (the Calibration lesson fits its temperature on them); training uses ${train} of the images before them.`,
    backend: 'backend',
    modelName: (kind: ModelKind) => modelEn[kind],
    optimizerName: (kind: OptimizerKind) => optimizerEn[kind],
    scalingName: (kind: InputScaling) => scalingEn[kind],
    backendName: (name: BackendName) => backendEn[name],
    backendOption: (name: BackendName, standing: BackendStanding) =>
      standing.kind === 'replaced'
        ? `${backendEn[name]} — unavailable, using ${backendEn[standing.active]}`
        : standing.kind === 'unavailable'
          ? `${backendEn[name]} — unavailable here`
          : backendEn[name],
    backendAsked: (name: BackendName) => `you chose ${backendEn[name]}, which could not start here`,
    mlpDefaults:
      'The MLP starts with SGD with momentum 0.9 (same learning rate, 0.1): with plain SGD it needs many more epochs, reaching about 0.84 test accuracy after 10 where momentum reaches about 0.87. Pick plain SGD to compare.',
    subset: (train: number, test: number) => `Using the first ${train} training and ${test} test images (set by the link).`,
    status: (status: TrainStatus) => statusEn[status],
    statusLabel: 'Status',
    activeBackend: 'Running on',
    backendPending: 'not started yet',
    progressLabel: 'Training progress',
    progress: (epoch: number, epochs: number, step: number, steps: number) => `Epoch ${epoch} of ${epochs}, step ${step} of ${steps}`,
    speed: 'Examples per second',
    yielding: 'slower while you use the page, so it stays smooth',
    elapsed: 'Elapsed',
    remaining: 'Time left',
    firstStep: 'First step after',
    software: (renderer: string) =>
      `Your WebGL renderer is ${renderer}, a software renderer: the “GPU” is emulated on the CPU, so WebGL is slow here. WebAssembly is usually about 4× faster on such a machine.`,
    useWasm: 'Use WebAssembly',
    fallback: (from: string, to: string, reason: string) => `${from} could not start here (${reason}), so training uses ${to}.`,
    divergedTitle: 'Training diverged',
    diverged: (loss: string, step: number, epoch: number, lr: string, tenth: string) =>
      `At step ${step} of epoch ${epoch} the loss reached ${loss}, far above ln 10 ≈ 2.30, the loss of a uniform guess. The learning rate ${lr} is too large: each step overshoots, and the logits explode. Try a tenth of it, ${tenth}.`,
    tryTenth: (lr: string) => `Set the learning rate to ${lr}`,
    errorTitle: 'Training stopped',
    contextLost:
      'The browser took the WebGL context away (the GPU was reset or is busy elsewhere). The last good weights, from the last finished epoch, are kept; press Reset to start again.',
    hidden:
      'This tab was in the background, and browsers slow background tabs down: training may have run slower, and the charts caught up when you came back.',
    dismiss: 'Dismiss',
    dataFailedTitle: 'Training could not start: the data did not load',
    retryWithTrain: 'Press Train to try again.',
    details: 'Details',
    lossChart: 'Training loss',
    accuracyChart: 'Accuracy per epoch',
    epochAxis: 'epoch',
    lossAxis: 'loss (nats)',
    accuracyAxis: 'accuracy',
    dataLoss: 'data loss (smoothed)',
    l2Term: 'L2 term (λ/2)‖W‖²',
    epochTrainLoss: 'training loss per epoch',
    trainAccuracy: 'training accuracy',
    testAccuracy: 'test accuracy',
    epochTestLoss: 'test loss per epoch',
    epochZeroTitle: 'Epoch 0, before training',
    epochZeroLead: (ln10: string) =>
      `The untrained model on the test set, evaluated just before the first step. It has learned nothing yet, so softmax gives every class about 1/10: the loss starts near ln 10 ≈ ${ln10}, the loss of a uniform guess, and the accuracy near 0.1, one right in ten. Both charts start here, at epoch 0.`,
    testLossLabel: 'Test loss',
    epochZeroLossSummary: (loss: string) => `Before the first step, the untrained model's test loss is ${loss}.`,
    epochZeroAccuracySummary: (accuracy: string) => `Before the first step, the untrained model's test accuracy is ${accuracy}.`,
    lossSummary: (first: string, last: string, epochs: string) =>
      `Training loss from ${first} to ${last} over ${epochs} epochs.`,
    accuracySummary: (epochs: number, test: string) => `After ${epochs} epochs the test accuracy is ${test}.`,
    noData: 'No data yet: press Train.',
    epochTable: 'Results per epoch',
    epoch: 'Epoch',
    trainLossColumn: 'Training loss',
    trainAccColumn: 'Training accuracy',
    testAccColumn: 'Test accuracy',
    secondsColumn: 'Seconds',
    tensorsColumn: 'Tensors in memory',
    runs: 'Earlier runs on the charts',
    runLabel: (lr: string, batch: number, optimizer: string, lambda: string) => `lr ${lr} · batch ${batch} · ${optimizer} · λ ${lambda}`,
    showRun: 'show',
    clearRuns: 'Clear earlier runs',
    fade: 'Earlier runs’ opacity',
    current: 'this run',
    sourceTitle: 'The training step that runs',
    sourceLead:
      'This is the very code the worker runs for each minibatch (imported from the module itself, so it cannot drift): for a minibatch of n examples, the gradient of the mean cross-entropy with respect to the logits is (P − Y)/n, each row the ŷ − y of the Cross-entropy lesson divided by n, and Xᵀ(P − Y)/n is the gradient for W.',
  },
  {
    title: '학습',
    lead:
      '소프트맥스 회귀가 여러분의 GPU에서 Fashion-MNIST를 학습합니다. W는 784 × 10 행렬로 N(0, 0.01²)에서 뽑고 b는 0에서 시작하며, 미니배치마다 교차 엔트로피의 기울기 반대 방향으로 한 스텝씩 움직이며, 그 크기는 학습률 η가 정합니다. 학습은 백그라운드 워커에서 돌아가므로 페이지는 계속 부드럽게 반응합니다.',
    train: '학습',
    pause: '일시 정지',
    resume: '계속',
    reset: '초기화',
    settings: '설정',
    learningRate: term('learningRate'),
    learningRateSlider: '학습률 (로그 눈금)',
    presets: '대표 실험',
    presetDefault: '학습률 0.1 (기본값)',
    presetDiverge: '학습률 1e5 (발산)',
    presetStall: '학습률 1e-10 (거의 배우지 못함)',
    batchSize: '배치 크기',
    epochs: '에포크 수',
    model: '모델',
    optimizer: '옵티마이저',
    weightDecay: '가중치 감쇠 λ',
    scaling: '입력 스케일링',
    seed: '시드',
    validationSize: '검증 세트 크기',
    validationHeld: (held: string, train: string) =>
      held === '0'
        ? '검증용으로 떼어 둔 훈련 이미지가 없어서, 보정 단원에서 온도를 맞출 때 쓸 처음 보는 데이터가 없습니다.'
        : `훈련 이미지 중 마지막 ${held}장은 검증 세트로 떼어 두고(보정 단원에서 이 이미지로 온도를 맞춥니다), 그 앞의 이미지 중 ${train}장으로 학습합니다.`,
    backend: '백엔드',
    modelName: (kind: ModelKind) => modelKo[kind],
    optimizerName: (kind: OptimizerKind) => optimizerKo[kind],
    scalingName: (kind: InputScaling) => scalingKo[kind],
    backendName: (name: BackendName) => backendKo[name],
    backendOption: (name: BackendName, standing: BackendStanding) =>
      standing.kind === 'replaced'
        ? `${backendKo[name]} — 쓸 수 없어 ${backendKo[standing.active]} 사용 중`
        : standing.kind === 'unavailable'
          ? `${backendKo[name]} — 이 브라우저에서는 쓸 수 없음`
          : backendKo[name],
    backendAsked: (name: BackendName) => `선택한 백엔드 ${backendKo[name]} — 이 브라우저에서는 시작할 수 없음`,
    mlpDefaults:
      'MLP는 모멘텀 0.9의 SGD로 시작합니다(학습률은 같은 0.1). 일반 SGD로는 10 에포크 뒤 테스트 정확도가 약 0.84에 그치지만, 모멘텀을 쓰면 약 0.87까지 오릅니다. 비교하려면 일반 SGD를 고르세요.',
    subset: (train: number, test: number) => `링크 설정에 따라 훈련 이미지 앞 ${train}장과 테스트 이미지 앞 ${test}장만 사용합니다.`,
    status: (status: TrainStatus) => statusKo[status],
    statusLabel: '상태',
    activeBackend: '실행 백엔드',
    backendPending: '아직 시작 전',
    progressLabel: '학습 진행률',
    progress: (epoch: number, epochs: number, step: number, steps: number) => `에포크 ${epoch}/${epochs}, 스텝 ${step}/${steps}`,
    speed: '초당 처리한 예제 수',
    yielding: '페이지를 조작하는 동안은 화면이 끊기지 않도록 천천히 학습합니다',
    elapsed: '경과 시간',
    remaining: '남은 시간',
    firstStep: '첫 스텝까지',
    software: (renderer: string) =>
      `이 브라우저의 WebGL 렌더러는 ${renderer}입니다. 소프트웨어 렌더러라서 GPU를 CPU로 흉내 내므로 WebGL이 느립니다. 이런 환경에서는 WebAssembly가 보통 4배쯤 빠릅니다.`,
    useWasm: 'WebAssembly 사용',
    fallback: (from: string, to: string, reason: string) => `여기서는 ${from} 백엔드를 시작할 수 없어서(${reason}) ${to} 백엔드로 학습합니다.`,
    divergedTitle: '학습이 발산했습니다',
    diverged: (loss: string, step: number, epoch: number, lr: string, tenth: string) =>
      `에포크 ${epoch}의 스텝 ${step}에서 손실이 ${loss}에 이르렀습니다. 모든 클래스에 같은 확률을 줄 때의 손실인 ln 10 ≈ 2.30보다 훨씬 큽니다. 학습률(${lr})이 너무 커서 매 스텝이 최솟값을 지나쳐 버리고 로짓이 폭발한 것입니다. 학습률을 10분의 1(${tenth})로 줄여 보세요.`,
    tryTenth: (lr: string) => `학습률 ${lr} 적용`,
    errorTitle: '학습이 멈췄습니다',
    contextLost:
      '브라우저가 WebGL 컨텍스트를 회수했습니다(GPU가 재설정되었거나 다른 작업에 쓰이는 중입니다). 마지막으로 끝난 에포크의 가중치는 그대로 남아 있습니다. 다시 시작하려면 초기화를 누르세요.',
    hidden:
      '이 탭이 백그라운드에 있었습니다. 브라우저는 백그라운드 탭을 느리게 돌리므로 그동안 학습이 느려졌을 수 있고, 차트는 돌아왔을 때 한꺼번에 갱신되었습니다.',
    dismiss: '닫기',
    dataFailedTitle: '데이터를 불러오지 못해 학습을 시작할 수 없습니다',
    retryWithTrain: '다시 시도하려면 학습 버튼을 누르세요.',
    details: '자세히',
    lossChart: '훈련 손실',
    accuracyChart: '에포크별 정확도',
    epochAxis: term('epoch'),
    lossAxis: '손실 (내트)',
    accuracyAxis: '정확도',
    dataLoss: '데이터 손실 (지수 이동 평균)',
    l2Term: 'L2 항 (λ/2)‖W‖²',
    epochTrainLoss: '에포크별 훈련 손실',
    trainAccuracy: '훈련 정확도',
    testAccuracy: '테스트 정확도',
    epochTestLoss: '에포크별 테스트 손실',
    epochZeroTitle: '에포크 0: 학습 전',
    epochZeroLead: (ln10: string) =>
      `아직 학습하지 않은 모델을 첫 스텝 직전에 테스트 세트로 평가한 결과입니다. 모델이 아무것도 배우지 않았으므로 소프트맥스는 모든 클래스에 약 1/10씩 확률을 줍니다. 그래서 손실은 모든 클래스에 같은 확률을 줄 때의 손실인 ln 10 ≈ ${ln10} 근처에서, 정확도는 열 개 중 하나를 맞히는 0.1 근처에서 출발합니다. 두 차트 모두 여기, 에포크 0에서 시작합니다.`,
    testLossLabel: '테스트 손실',
    epochZeroLossSummary: (loss: string) => `첫 스텝 전, 학습하지 않은 모델의 테스트 손실은 ${loss}입니다.`,
    epochZeroAccuracySummary: (accuracy: string) => `첫 스텝 전, 학습하지 않은 모델의 테스트 정확도는 ${accuracy}입니다.`,
    lossSummary: (first: string, last: string, epochs: string) => `훈련 손실: ${epochs} 에포크 동안 ${first} → ${last}.`,
    accuracySummary: (epochs: number, test: string) => `${epochs} 에포크 뒤 테스트 정확도는 ${test}입니다.`,
    noData: '아직 데이터가 없습니다. 학습을 눌러 보세요.',
    epochTable: '에포크별 결과',
    epoch: '에포크',
    trainLossColumn: '훈련 손실',
    trainAccColumn: '훈련 정확도',
    testAccColumn: '테스트 정확도',
    secondsColumn: '초',
    tensorsColumn: '메모리의 텐서 수',
    runs: '차트에 겹쳐 보는 이전 실행',
    runLabel: (lr: string, batch: number, optimizer: string, lambda: string) => `학습률 ${lr} · 배치 ${batch} · ${optimizer} · λ ${lambda}`,
    showRun: '표시',
    clearRuns: '이전 실행 지우기',
    fade: '이전 실행의 불투명도',
    current: '이번 실행',
    sourceTitle: '실제로 실행되는 학습 스텝',
    sourceLead:
      '워커가 미니배치마다 실행하는 바로 그 코드입니다(모듈 자체를 가져오므로 화면의 코드와 실행되는 코드가 어긋날 수 없습니다). 예제 n개로 이루어진 미니배치에서, 로짓에 대한 평균 교차 엔트로피의 기울기는 (P − Y)/n입니다. 각 행은 교차 엔트로피 단원에서 유도한 ŷ − y를 n으로 나눈 것이고, Xᵀ(P − Y)/n이 W의 기울기입니다.',
  },
);
