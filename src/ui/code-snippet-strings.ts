import { defineMessages } from './i18n';

/** The chrome of a lesson's Python snippet (src/ui/CodeSnippet.tsx); each lesson writes its own code. */
export const codeSnippetMessages = defineMessages(
  {
    summary: 'Python (PyTorch)',
    codeLabel: 'Python code',
    outputHeading: 'Output',
    outputLabel: 'Output of the Python code',
    copy: 'Copy code',
    copied: 'Code copied.',
    copyFailed: 'Could not copy: select the code and copy it by hand.',
  },
  {
    summary: '파이썬(PyTorch) 코드',
    codeLabel: '파이썬 코드',
    outputHeading: '출력',
    outputLabel: '파이썬 코드의 출력',
    copy: '코드 복사',
    copied: '코드를 복사했습니다.',
    copyFailed: '복사하지 못했습니다. 코드를 직접 선택해 복사하세요.',
  },
);
