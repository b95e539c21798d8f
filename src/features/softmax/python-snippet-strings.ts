import { defineMessages } from '@/ui/i18n';

/** The Softmax lesson's Python snippet: its caption and the comments in its code. */
export const softmaxSnippetMessages = defineMessages(
  {
    caption:
      'The lecture’s softmax(X) written in PyTorch, run on the logits above. Each row of X is one example; PyTorch computes in float32 unless told otherwise.',
    shift: 'subtract each row’s largest logit: exp can no longer overflow',
    partition: 'one sum per row; keepdim=True keeps the shape n × 1',
    divide: 'broadcasting divides each row by its own sum',
    logits: (q: number) => `the logits above as one row: n = 1, q = ${q}`,
    temperature: (tau: string) => `temperature τ = ${tau}: divide the logits first`,
  },
  {
    caption:
      '강의의 softmax(X)를 PyTorch로 쓰고 위의 로짓으로 실행한 결과입니다. X의 각 행이 샘플 하나이며, PyTorch는 따로 지정하지 않으면 float32로 계산합니다.',
    shift: '행마다 가장 큰 로짓을 뺍니다. 이제 exp가 넘치지 않습니다',
    partition: '행마다 합이 하나씩: keepdim=True라서 모양이 n × 1로 유지됩니다',
    divide: '브로드캐스팅으로 각 행을 그 행의 합으로 나눕니다',
    logits: (q: number) => `위의 로짓을 한 행으로: n = 1, q = ${q}`,
    temperature: (tau: string) => `온도 τ = ${tau}: 로짓을 먼저 나눕니다`,
  },
);

export type SoftmaxSnippetNotes = (typeof softmaxSnippetMessages)['en'];
