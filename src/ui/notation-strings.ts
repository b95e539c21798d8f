import { GLOSSARY } from './glossary';
import { defineMessages } from './i18n';

/** The notation box (stated once, in the Classification lesson) and the link to it beside every lesson's lead. */
export const notationMessages = defineMessages(
  {
    link: 'Notation: q, n, o and class numbers',
    title: 'Notation, the same in every lesson',
    q: 'the number of classes. Formulas number the classes 1, …, q, as the lecture does.',
    n: 'the number of examples in a batch (the batch size); example i is x⁽ⁱ⁾, its label y⁽ⁱ⁾.',
    o: 'the logits, one per class. Some texts write z: it is the same vector.',
    yHat: 'the predicted probabilities.',
    y: 'the label as a one-hot vector; p is a soft label.',
    loss: 'the loss of one example. A batch’s loss is the mean (1/n) Σᵢ ℓ⁽ⁱ⁾, and its gradient with respect to the logits is (P − Y)/n, row i being ŷ⁽ⁱ⁾ − y⁽ⁱ⁾.',
    tauEta: 'τ is the temperature, η the learning rate.',
    ids: 'Code and data count from 0: Python, Fashion-MNIST’s labels, the batch table and links number the classes 0, …, q − 1, so class j of a formula is index j − 1 in code.',
  },
  {
    link: '기호 표기: q, n, o와 클래스 번호',
    title: '모든 단원에 공통인 기호',
    q: `클래스 수. 공식에서는 강의처럼 클래스를 1, …, q로 셉니다.`,
    n: '배치에 든 예제 수(배치 크기). i번째 예제는 x⁽ⁱ⁾, 그 레이블은 y⁽ⁱ⁾입니다.',
    o: `${GLOSSARY.logit.ko}. 클래스마다 하나씩 있습니다. z로 쓰는 자료도 있지만 같은 벡터입니다.`,
    yHat: '예측 확률.',
    y: `${GLOSSARY.oneHot.ko}로 나타낸 레이블. 소프트 레이블은 p로 씁니다.`,
    loss: '예제 하나의 손실. 배치의 손실은 평균 (1/n) Σᵢ ℓ⁽ⁱ⁾이고, 로짓에 대한 그 기울기는 (P − Y)/n입니다. P − Y의 i번째 행은 ŷ⁽ⁱ⁾ − y⁽ⁱ⁾입니다.',
    tauEta: `τ는 온도, η는 ${GLOSSARY.learningRate.ko}입니다.`,
    ids: '코드와 데이터는 0부터 셉니다. 파이썬 코드, Fashion-MNIST의 레이블, 배치 표, 링크에서는 클래스 번호가 0, …, q − 1이므로, 공식의 j번째 클래스는 코드에서 인덱스 j − 1입니다.',
  },
);
