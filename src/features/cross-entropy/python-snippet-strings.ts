import { defineMessages } from '@/ui/i18n';

/** The batch panel's Python snippet: caption, code comments, and the double-softmax warning. */
export const ceSnippetMessages = defineMessages(
  {
    caption:
      'The lecture’s cross_entropy and accuracy written in PyTorch, run on the batch above: the same picked probabilities, mean loss and accuracy as the table.',
    rows: 'each row is a softmax output ŷ⁽ⁱ⁾',
    labels: 'labels: 0-based class ids',
    picked: 'each row’s probability of its own label',
    loss: 'mean of −log of the picked probabilities',
    accuracy: 'fraction of rows whose argmax is the label',
    careful: 'careful: F.cross_entropy takes logits and applies softmax itself',
    wrong: 'wrong: y_hat is already a softmax output',
    right: 'right for probabilities: take the log, then NLL',
    warningTitle: 'Careful:',
    warning: (wrong: string, right: string) =>
      `F.cross_entropy (and nn.CrossEntropyLoss) takes logits, not probabilities: it applies the softmax itself. Apply softmax first and it is applied twice. On this batch, passing y_hat gives ${wrong} instead of the right ${right}, and the mistake raises no error. Pass the logits o, or use F.nll_loss on log-probabilities.`,
  },
  {
    caption:
      '강의의 cross_entropy와 accuracy를 PyTorch로 쓰고 위의 배치로 실행한 결과입니다. 표와 같은 확률, 평균 손실, 정확도가 나옵니다.',
    rows: '각 행은 소프트맥스 출력 ŷ⁽ⁱ⁾입니다',
    labels: '레이블: 0부터 세는 클래스 번호',
    picked: '각 행에서 정답 클래스의 확률',
    loss: '고른 확률에 −log를 취해 평균을 냅니다',
    accuracy: 'argmax가 레이블과 같은 행의 비율',
    careful: '주의: F.cross_entropy는 로짓을 받아 소프트맥스를 직접 계산합니다',
    wrong: '틀림: y_hat은 이미 소프트맥스를 거친 확률입니다',
    right: '확률에는 이렇게: 로그를 취한 뒤 NLL 손실',
    warningTitle: '주의:',
    warning: (wrong: string, right: string) =>
      `PyTorch의 F.cross_entropy(nn.CrossEntropyLoss도 마찬가지)는 확률이 아니라 로짓을 받아 소프트맥스를 직접 계산합니다. 소프트맥스를 먼저 적용해서 넣으면 소프트맥스가 두 번 적용됩니다. 이 배치에서 y_hat을 그대로 넣으면 손실은 ${wrong}입니다(올바른 값은 ${right}). 그런데도 오류 메시지는 나오지 않습니다. 로짓 o를 그대로 넣거나, 로그 확률에 F.nll_loss를 쓰세요.`,
  },
);

export type CeSnippetNotes = (typeof ceSnippetMessages)['en'];
