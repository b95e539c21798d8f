import { defineMessages } from '@/ui/i18n';

/** The network o = Wx + b: its prose, controls and the diagram's labels. */
export const networkMessages = defineMessages(
  {
    networkHeading: 'Where logits come from: o = Wx + b',
    networkWhy:
      'Softmax regression is a single-layer, fully connected network. In the textbook’s small example a 2 × 2 grayscale image gives four pixel values x₁ … x₄. Each of the three outputs is a weighted sum of all four pixels plus a bias, oᵢ = Σⱼ wᵢⱼ xⱼ + bᵢ: 12 weights and 3 biases, the weights a 3 × 4 matrix W. Those outputs are the logits.',
    sameLogits:
      'A note on letters: the lecture writes the logits o, and some texts write z. o and z name the same logits; this app writes o.',
    useNetwork: 'take the logits from this network',
    useNetworkHint: 'While this is checked, the network’s outputs are the logits of the whole page: the Softmax and Cross-entropy lessons compute with them. Moving a logit there by hand unchecks it.',
    imageLabel: '2 × 2 input image',
    pixel: (j: number) => `pixel ${j}`,
    pixelsHeading: 'Pixels (0 = black, 1 = white)',
    weightsHeading: 'Weights W and biases b',
    weight: (j: number, output: string) => `weight from pixel ${j} to ${output}`,
    bias: (output: string) => `bias of ${output}`,
    colOutput: 'output',
    colBias: 'b',
    legendLabel: 'Legend',
    legendPositive: 'positive weight',
    legendNegative: 'negative weight',
    legendWidth: 'thicker: larger |w|',
    diagramLabel: (pixels: string, outputs: string) =>
      `Network diagram: the pixels ${pixels} each connect to every output; the outputs are ${outputs}. Red lines are positive weights, blue negative, thicker is larger.`,
  },
  {
    networkHeading: '로짓은 어디서 오는가: o = Wx + b',
    networkWhy:
      '소프트맥스 회귀는 층이 하나인 완전 연결 신경망입니다. 교재의 작은 예에서는 2 × 2 회색조 이미지가 픽셀 값 네 개 x₁ … x₄를 줍니다. 세 출력은 각각 네 픽셀의 가중합에 편향을 더한 값, 즉 oᵢ = Σⱼ wᵢⱼ xⱼ + bᵢ입니다. 가중치는 12개로 3 × 4 행렬 W를 이루고, 편향은 3개입니다. 이 출력이 바로 로짓입니다.',
    sameLogits:
      '기호 하나 짚고 가겠습니다. 강의에서는 로짓을 o로 쓰고, z로 쓰는 자료도 있습니다. o와 z는 같은 로짓을 가리키며, 이 앱에서는 o로 씁니다.',
    useNetwork: '이 신경망의 출력을 로짓으로 쓰기',
    useNetworkHint: '체크하면 신경망의 출력이 페이지 전체의 로짓이 되어, 소프트맥스와 교차 엔트로피 단원도 이 값으로 계산합니다. 그곳에서 로짓을 직접 움직이면 체크가 풀립니다.',
    imageLabel: '2 × 2 입력 이미지',
    pixel: (j: number) => `픽셀 ${j}`,
    pixelsHeading: '픽셀(0 = 검정, 1 = 흰색)',
    weightsHeading: '가중치 W와 편향 b',
    weight: (j: number, output: string) => `픽셀 ${j}에서 ${output}(으)로 가는 가중치`,
    bias: (output: string) => `${output}의 편향`,
    colOutput: '출력',
    colBias: 'b',
    legendLabel: '범례',
    legendPositive: '양의 가중치',
    legendNegative: '음의 가중치',
    legendWidth: '굵을수록 |w|가 큼',
    diagramLabel: (pixels: string, outputs: string) =>
      `신경망 그림: 픽셀 ${pixels}는 각각 모든 출력에 연결됩니다. 출력은 ${outputs}입니다. 빨간 선은 양의 가중치, 파란 선은 음의 가중치이고, 굵을수록 절댓값이 큽니다.`,
  },
);
