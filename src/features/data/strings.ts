import { defineMessages } from '@/ui/i18n';
import { loadFailureMessages } from '@/ui/load-failure-strings';

// The failure messages are shared: the training lesson shows the same one when Train needs the data.
const { en: failureEn, ko: failureKo } = loadFailureMessages;

export const dataMessages = defineMessages(
  {
    title: 'Data: Fashion-MNIST',
    lead: 'Seventy thousand small greyscale photos of clothing, each labelled with one of ten classes: the data our softmax regression learns from.',
    about:
      'Each image has 28 × 28 = 784 pixels of one byte each: 0 is the black background, 255 the brightest part of the garment. Zalando Research published the set in 2017 as a drop-in replacement for MNIST’s handwritten digits: the same size and format, but harder to classify. The model learns from the 60,000 training images; the 10,000 test images, never used for training, measure how well it generalizes.',
    licence: 'Fashion-MNIST © Zalando SE, released under the MIT licence.',
    idle: 'The data (about 30 MB) loads when this lesson comes into view.',
    loadButton: 'Load the dataset',
    statusRegion: 'Dataset status',
    retryButton: 'Try again',
    loading: 'Downloading and unpacking the four files…',
    progressLabel: 'download progress',
    progress: (loaded: string, total: string | null) => (total ? `${loaded} MB of ${total} MB` : `${loaded} MB`),
    ready: (images: string, seconds: string) => `${images} images loaded in ${seconds} s.`,
    error: failureEn.error,
    fix: failureEn.fix,
    details: 'Details',
    samplesTitle: 'Ten examples of each class',
    samplesNote: 'The first ten training images of each class, at twice their size.',
    sampleLabel: (className: string, index: number) => `${className}, training image ${index}`,
    countsTitle: 'Examples per class',
    countsCaption: 'Every class has the same number of examples, in training and in test.',
    classId: 'label',
    className: 'class',
    trainCount: 'training',
    testCount: 'test',
    total: 'total',
  },
  {
    title: '데이터: Fashion-MNIST',
    lead: '옷을 찍은 작은 회색조 사진 7만 장에 열 개 클래스 가운데 하나씩 레이블이 붙어 있습니다. 우리의 소프트맥스 회귀가 배울 데이터입니다.',
    about:
      '이미지 한 장은 28 × 28 = 784픽셀이고, 픽셀 하나는 1바이트입니다. 0은 검은 배경이고 255는 옷에서 가장 밝은 부분입니다. Zalando Research가 2017년에 손글씨 숫자 데이터셋 MNIST를 그대로 대신할 수 있도록 공개했습니다. 크기와 형식은 같지만 분류하기는 더 어렵습니다. 모델은 훈련 이미지 60,000장으로 학습하고, 학습에 쓰지 않은 테스트 이미지 10,000장으로 일반화 성능을 잽니다.',
    licence: 'Fashion-MNIST © Zalando SE, MIT 라이선스로 배포됩니다.',
    idle: '데이터(약 30 MB)는 이 단원이 화면에 보이면 불러옵니다.',
    loadButton: '데이터셋 불러오기',
    statusRegion: '데이터셋 상태',
    retryButton: '다시 시도',
    loading: '네 파일을 내려받아 압축을 푸는 중…',
    progressLabel: '내려받기 진행률',
    progress: (loaded: string, total: string | null) => (total ? `${total} MB 중 ${loaded} MB` : `${loaded} MB`),
    ready: (images: string, seconds: string) => `이미지 ${images}장을 ${seconds}초 만에 불러왔습니다.`,
    error: failureKo.error,
    fix: failureKo.fix,
    details: '자세히',
    samplesTitle: '클래스마다 열 장씩',
    samplesNote: '각 클래스의 첫 훈련 이미지 열 장을 두 배 크기로 보여 줍니다.',
    sampleLabel: (className: string, index: number) => `${className}, 훈련 이미지 ${index}번`,
    countsTitle: '클래스별 예제 수',
    countsCaption: '훈련 세트와 테스트 세트 모두 클래스마다 예제 수가 같습니다.',
    classId: '레이블',
    className: '클래스',
    trainCount: '훈련',
    testCount: '테스트',
    total: '합계',
  },
);
