import { defineMessages } from '@/ui/i18n';

/** The network panel's Python snippet: caption and the comments in its code. */
export const networkSnippetMessages = defineMessages(
  {
    caption:
      'The lecture’s net in PyTorch, with the pixels, weights and biases above. A batch holds one image per row of X, so the code multiplies XW, with W stored as pixels × classes: the transpose of the table above.',
    image: 'the 2 × 2 image above as one row of 4 pixels (a batch of n = 1)',
    weights: (names: string) => `W is 4 × 3, pixels × classes: column j holds the weights of class j (${names})`,
    biases: 'one bias per class',
    flatten: 'flatten every image into a row; for Fashion-MNIST this is X.reshape(-1, 784)',
    logits: 'the logits O = XW + b: one row per image, one column per class',
    softmaxNext: 'the lecture’s net ends with softmax(O): that is the next lesson',
  },
  {
    caption:
      '강의의 net을 PyTorch로 쓰고 위의 픽셀, 가중치, 편향으로 실행한 결과입니다. 배치에서는 X의 한 행이 이미지 하나이므로 코드는 XW를 계산하고, W를 픽셀 × 클래스 모양, 즉 위 표의 전치로 저장합니다.',
    image: '위의 2 × 2 이미지를 픽셀 4개짜리 한 행으로 (n = 1인 배치)',
    weights: (names: string) => `W는 4 × 3, 픽셀 × 클래스: j열이 클래스 j(${names})의 가중치입니다`,
    biases: '클래스마다 편향 하나',
    flatten: '이미지마다 한 행으로 펼칩니다. Fashion-MNIST라면 X.reshape(-1, 784)',
    logits: '로짓 O = XW + b: 이미지마다 한 행, 클래스마다 한 열',
    softmaxNext: '강의의 net은 마지막에 softmax(O)를 적용합니다. 다음 단원의 내용입니다',
  },
);

export type NetworkSnippetNotes = (typeof networkSnippetMessages)['en'];
