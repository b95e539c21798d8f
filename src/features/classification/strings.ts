import { defineMessages } from '@/ui/i18n';

/** The classification lesson: the problem, the labels, why softmax. The network's strings are in network-strings.ts. */
export const classificationMessages = defineMessages(
  {
    title: 'Classification',
    lead: 'Before the softmax, the problem it solves. Regression answers “how much?”, classification answers “which one?”. This first lesson follows the lecture: how to write a label down, where the model’s scores come from, why those scores are not yet probabilities, and why the model is still linear.',

    taskHeading: 'How much, or which one?',
    regressionName: 'Regression: “how much?”',
    regressionText: 'predicts a number: the price a house will sell for, the number of games a team will win, the days a patient will stay in hospital.',
    classificationName: 'Classification: “which one?”',
    classificationText:
      'predicts a category: is this email spam, will this customer sign up, does this picture show a cat, a chicken or a dog, which film will Aston watch next?',
    assignmentWhy:
      '“Classification” covers two slightly different tasks. A hard assignment gives each example one class. A soft assignment gives each class a probability. The line blurs, because even when only the hard answer is wanted we usually train a model that makes soft assignments and then pick its most probable class.',

    assignHeading: 'One image, two kinds of answer',
    assignWhy:
      'The lecture’s example: a 2 × 2 grayscale image, four pixel values x₁ … x₄, shows a cat, a chicken or a dog. The network further down turns it into a probability per class; change a pixel there and both answers follow.',
    imageAlt: (values: string) => `2 × 2 grayscale image with pixel values ${values}`,
    softHeading: 'Soft assignment: a probability per class',
    softChart: 'Probability of each class for this image',
    hardHeading: 'Hard assignment: one class',
    hardValue: (name: string) => `the most probable class: ${name}`,

    labelsHeading: 'Writing the label down: the one-hot vector',
    integerWhy:
      'The first idea is a number per class, y ∈ {1, 2, 3} for cat, chicken and dog. That is a fine way to store a label, but a poor one to learn from: the numbers claim an order (cat < chicken < dog) and distances (the dog twice as far from the cat as the chicken) that the classes do not have.',
    ordinalWhy:
      'The exception is a category with a natural order. To predict an age group, the order means something, and it can make sense to keep the integers and treat the problem as regression:',
    ages: 'baby, toddler, adolescent, young adult, adult, geriatric',
    oneHotWhy:
      'Usually the classes have no order. The one-hot encoding then writes a label as a vector with one entry per class: 1 at the label’s class, 0 everywhere else. With three classes, y ∈ {(1, 0, 0), (0, 1, 0), (0, 0, 1)}. Any two different one-hot vectors are the same distance, √2, apart: no class is closer to another. Pick a label and compare.',
    labelClass: 'label class',
    integerCaption: 'as an integer',
    oneHotCaption: 'as a one-hot vector',
    oneHotGroup: (name: string) => `one-hot vector of ${name}`,
    distanceCaption: (name: string) => `Distance from ${name} to every class`,
    colClass: 'class',
    colInteger: 'integer y′',
    colIntegerDistance: '|y − y′|',
    colOneHotDistance: 'one-hot ‖y − y′‖',

    sigmoidHeading: 'Why not one sigmoid per class?',
    logitsWhy:
      'The output layer has no activation function: each output is an affine function of the input and can be any number from −∞ to ∞. These raw scores are the logits. They are not probabilities: they can be negative, and nothing makes them sum to 1.',
    sigmoidWhy:
      'A sigmoid turns one logit into a probability, so why not one sigmoid per class? Because each sigmoid is computed on its own: their sum can be anything between 0 and q, the number of classes. Softmax divides every exponential by the sum of all of them, so its outputs always add up to 1, a probability distribution over the classes.',
    logitsSource: 'These are the page’s logits: drag them in the Softmax lesson, or let the network above set them.',
    toSoftmax: 'Go to the Softmax lesson',
    tableLabel: 'Each logit through its own sigmoid and through the softmax',
    colLogit: 'oⱼ',
    colSigmoid: 'σ(oⱼ)',
    colSoftmax: 'softmax(o)ⱼ',
    sumRow: 'sum Σ',
    sumsLabel: 'The two sums beside 1',
    sigmoidSumName: 'sigmoids',
    softmaxSumName: 'softmax',
    sumVerdict: (sum: string, q: number) =>
      `The sigmoids add up to ${sum}, not 1: they do not form a distribution over the ${q} classes. The softmax always does.`,
    sumAccident: 'Here the sigmoids happen to add up to 1, but only by accident: move any logit and their sum moves, while the softmax’s stays 1.',

    linearHeading: 'Still a linear model',
    linearWhy:
      'Softmax is not linear, but it never changes the order of the logits: argmaxⱼ ŷⱼ = argmaxⱼ oⱼ. So the predicted class is decided by o = Wx + b alone, and two classes i and k meet where oᵢ = oₖ: on the flat boundary (wᵢ − wₖ)·x + bᵢ − bₖ = 0, a hyperplane. Softmax regression is a linear classifier.',
    mapAxes: 'pixels on the map',
    mapAxesOption: (x: string, y: string) => `${x} and ${y}`,
    mapWhy: (x: string, y: string, rest: string) =>
      `Across the map ${x} runs from 0 to 1, up it ${y}; ${rest} keep the image’s values. Each point is coloured by the class the network predicts there: the regions always meet along straight lines. The ring is the image.`,
    mapLabel: (x: string, y: string, names: string) =>
      `Decision map over ${x} (left to right) and ${y} (bottom to top); regions for ${names}, separated by straight lines`,
    argmaxCheck: (logitClass: string, probClass: string) => `For the image: argmax o = ${logitClass}, argmax ŷ = ${probClass}.`,
    mapLegend: 'Classes on the map',
  },
  {
    title: '분류',
    lead: '소프트맥스에 앞서, 소프트맥스가 푸는 문제부터 봅시다. 회귀는 ‘얼마나?’에 답하고, 분류는 ‘어느 것?’에 답합니다. 이 단원은 강의 순서를 따라 레이블을 어떻게 나타낼지, 모델의 점수가 어디서 오는지, 그 점수가 왜 아직 확률이 아닌지, 그리고 모델이 왜 여전히 선형인지를 차례로 살펴봅니다.',

    taskHeading: '얼마나? 아니면 어느 것?',
    regressionName: '회귀: ‘얼마나?’',
    regressionText: '수를 예측합니다. 집이 얼마에 팔릴지, 야구팀이 몇 번 이길지, 환자가 며칠 동안 입원할지 같은 문제입니다.',
    classificationName: '분류: ‘어느 것?’',
    classificationText:
      '범주를 예측합니다. ‘이 메일은 스팸일까?’, ‘이 고객은 서비스에 가입할까?’, ‘이 사진 속 동물은 고양이, 닭, 개 중 무엇일까?’, ‘애스턴이 다음에 볼 영화는 무엇일까?’ 같은 문제입니다.',
    assignmentWhy:
      '‘분류’라는 말은 조금 다른 두 가지 일을 함께 가리킵니다. 하드 할당(hard assignment)은 예제마다 클래스 하나를 정해 주고, 소프트 할당(soft assignment)은 클래스마다 확률을 줍니다. 둘의 경계는 흐릿합니다. 클래스 하나만 알면 될 때에도 보통은 확률을 내는 모델을 학습시킨 뒤, 확률이 가장 높은 클래스를 고르기 때문입니다.',

    assignHeading: '이미지 하나, 두 가지 답',
    assignWhy:
      '강의의 예제입니다. 2 × 2 회색조 이미지 한 장, 곧 픽셀 값 네 개 x₁ … x₄에 고양이, 닭, 개 중 하나가 담겨 있습니다. 아래쪽의 신경망이 이 이미지로부터 클래스별 확률을 계산합니다. 그곳에서 픽셀을 바꾸면 두 답이 함께 바뀝니다.',
    imageAlt: (values: string) => `픽셀 값이 ${values}인 2 × 2 회색조 이미지`,
    softHeading: '소프트 할당: 클래스마다 확률',
    softChart: '이 이미지에 대한 클래스별 확률',
    hardHeading: '하드 할당: 클래스 하나',
    hardValue: (name: string) => `확률이 가장 높은 클래스: ${name}`,

    labelsHeading: '레이블 나타내기: 원-핫 벡터',
    integerWhy:
      '가장 먼저 떠오르는 방법은 클래스마다 번호를 붙이는 것, 곧 고양이·닭·개에 y ∈ {1, 2, 3}을 쓰는 것입니다. 레이블을 저장하기에는 좋은 방법이지만, 학습에 쓰기에는 알맞지 않습니다. 숫자에는 순서(고양이 < 닭 < 개)와 거리(개가 닭보다 고양이에서 두 배 멀다)가 따라오는데, 클래스 사이에는 그런 관계가 없기 때문입니다.',
    ordinalWhy:
      '예외는 범주에 자연스러운 순서가 있을 때입니다. 예를 들어 연령대를 예측한다면 순서 자체에 의미가 있으므로, 정수 레이블을 그대로 두고 회귀 문제로 다루는 편이 나을 수 있습니다.',
    ages: '영아, 유아, 청소년, 청년, 장년, 노년',
    oneHotWhy:
      '대부분의 클래스에는 순서가 없습니다. 이럴 때 쓰는 것이 원-핫 인코딩입니다. 클래스 수만큼 성분이 있는 벡터를 만들어 레이블의 클래스 자리만 1로, 나머지는 모두 0으로 둡니다. 클래스가 셋이면 y ∈ {(1, 0, 0), (0, 1, 0), (0, 0, 1)}입니다. 서로 다른 원-핫 벡터 두 개 사이의 거리는 언제나 √2로 같아서, 어느 클래스도 다른 클래스에 더 가깝지 않습니다. 레이블을 골라 두 방식을 비교해 보세요.',
    labelClass: '레이블 클래스',
    integerCaption: '정수로 쓰면',
    oneHotCaption: '원-핫 벡터로 쓰면',
    oneHotGroup: (name: string) => `${name}의 원-핫 벡터`,
    distanceCaption: (name: string) => `${name}에서 각 클래스까지의 거리`,
    colClass: '클래스',
    colInteger: '정수 y′',
    colIntegerDistance: '|y − y′|',
    colOneHotDistance: '원-핫 ‖y − y′‖',

    sigmoidHeading: '클래스마다 시그모이드를 쓰면 안 될까?',
    logitsWhy:
      '출력층에는 활성화 함수가 없습니다. 각 출력은 입력의 아핀 함수이므로 −∞부터 ∞까지 어떤 값이든 될 수 있습니다. 이렇게 아무것도 거치지 않은 점수가 로짓입니다. 로짓은 확률이 아닙니다. 음수가 될 수도 있고, 합이 1이 된다는 보장도 없습니다.',
    sigmoidWhy:
      '로짓 하나를 확률로 바꾸는 함수는 시그모이드입니다. 그렇다면 클래스마다 시그모이드를 하나씩 쓰면 어떨까요? 시그모이드는 각각 따로 계산되므로, 그 합은 0부터 클래스 수 q 사이의 어떤 값이든 될 수 있습니다. 소프트맥스는 각 지수 함숫값을 전체 지수 함숫값의 합으로 나누므로 출력의 합이 언제나 1입니다. 즉 클래스에 대한 확률 분포가 됩니다.',
    logitsSource: '여기 로짓은 페이지 전체가 함께 쓰는 로짓입니다. 소프트맥스 단원에서 움직이거나, 위의 신경망이 정하게 할 수 있습니다.',
    toSoftmax: '소프트맥스 단원으로 가기',
    tableLabel: '각 로짓을 시그모이드에 따로 넣은 값과 소프트맥스에 넣은 값',
    colLogit: 'oⱼ',
    colSigmoid: 'σ(oⱼ)',
    colSoftmax: 'softmax(o)ⱼ',
    sumRow: '합 Σ',
    sumsLabel: '두 합을 1과 비교',
    sigmoidSumName: '시그모이드',
    softmaxSumName: '소프트맥스',
    sumVerdict: (sum: string, q: number) =>
      `시그모이드 값의 합은 1이 아니라 ${sum}입니다. 클래스 ${q}개에 대한 확률 분포가 되지 못합니다. 소프트맥스의 합은 언제나 1입니다.`,
    sumAccident: '지금은 시그모이드 값의 합이 우연히 1이 되었을 뿐입니다. 로짓 하나만 움직여도 이 합은 달라지지만, 소프트맥스의 합은 그대로 1입니다.',

    linearHeading: '여전히 선형 모델',
    linearWhy:
      '소프트맥스는 선형 함수가 아니지만 로짓의 순서를 바꾸지 않습니다. 즉 argmaxⱼ ŷⱼ = argmaxⱼ oⱼ입니다. 따라서 예측 클래스는 o = Wx + b만으로 정해지고, 두 클래스 i와 k의 경계는 oᵢ = oₖ인 곳, 곧 (wᵢ − wₖ)·x + bᵢ − bₖ = 0을 만족하는 평평한 경계(초평면)입니다. 소프트맥스 회귀는 선형 분류기입니다.',
    mapAxes: '지도에 쓸 픽셀',
    mapAxesOption: (x: string, y: string) => `${x}, ${y}`,
    mapWhy: (x: string, y: string, rest: string) =>
      `가로축은 ${x}, 세로축은 ${y}입니다(각각 0부터 1까지). 나머지 픽셀(${rest})은 현재 이미지의 값으로 고정하고, 각 점을 신경망이 그 자리에서 예측하는 클래스의 색으로 칠했습니다. 영역은 언제나 직선을 따라 나뉩니다. 동그라미는 현재 이미지입니다.`,
    mapLabel: (x: string, y: string, names: string) =>
      `가로축 ${x}, 세로축 ${y}에 대한 결정 지도. ${names}의 영역이 직선으로 나뉩니다`,
    argmaxCheck: (logitClass: string, probClass: string) => `이 이미지에서 argmax o = ${logitClass}, argmax ŷ = ${probClass}입니다.`,
    mapLegend: '지도의 클래스',
  },
);
