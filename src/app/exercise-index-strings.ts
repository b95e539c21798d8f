import { defineMessages } from '@/ui/i18n';

/** The progress list of every exercise on the page. */
export const exerciseIndexMessages = defineMessages(
  {
    heading: 'Your exercises',
    lead: 'Kept in this browser only. Each title opens its exercise.',
    summary: (answered: number, total: number, right: number) => `${answered} of ${total} answered, ${right} right.`,
    statusRight: 'right',
    statusClose: 'close',
    statusWrong: 'not right',
    statusNone: 'revealed without an answer',
    statusOpen: 'open',
    forget: 'forget my answers',
    forgotten: 'Your answers are forgotten: every exercise is open again.',
  },
  {
    heading: '내가 푼 문제',
    lead: '이 브라우저에만 저장됩니다. 제목을 누르면 그 문제로 갑니다.',
    summary: (answered: number, total: number, right: number) => `${total}문제 중 ${answered}문제를 풀었고, ${right}문제를 맞혔습니다.`,
    statusRight: '정답',
    statusClose: '근접',
    statusWrong: '오답',
    statusNone: '답 없이 확인',
    statusOpen: '아직 안 풂',
    forget: '풀이 기록 지우기',
    forgotten: '풀이 기록을 지웠습니다. 모든 문제를 다시 풀 수 있습니다.',
  },
);
