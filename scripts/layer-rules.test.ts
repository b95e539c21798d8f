import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules in eslint.config.js, each shown to fire on a file that breaks it
// (and to stay quiet on the imports the architecture allows).
const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const BROKEN: Array<[string, string, string]> = [
  ['src/app/bad.ts', "import * as tf from '@tensorflow/tfjs';", 'the app imports TensorFlow.js'],
  ['src/app/bad.ts', "import { runTraining } from '@/train/run-training';", 'the app imports src/train'],
  ['src/app/bad.ts', "import { runTraining } from '../train/run-training';", 'the app reaches src/train by a relative path'],
  ['src/state/bad.ts', "import * as tf from '@tensorflow/tfjs';", 'the playground model imports TensorFlow.js'],
  ['src/state/bad.ts', "import { runTraining } from '@/train/run-training';", 'the playground model imports src/train'],
  ['src/state/bad.ts', "import { useState } from 'react';", 'the playground model imports React'],
  ['src/math/bad.ts', "import { useState } from 'react';", 'pure math imports React'],
  ['src/math/bad.ts', "import { parseIdx } from '../data/idx';", 'pure math reaches src/data by a relative path'],
  ['src/data/bad.ts', "import * as tf from '@tensorflow/tfjs';", 'data code imports TensorFlow.js'],
  ['src/train/bad.ts', "import { Formula } from '@/ui/Formula';", 'training imports the UI'],
  ['src/train/bad.ts', "import type { WorkerEvent } from '@/workers/protocol';", 'training imports the worker protocol'],
  ['src/train/bad.ts', "import type { WorkerEvent } from '../workers/protocol';", 'training reaches the worker protocol by a relative path'],
  ['src/domain/bad.ts', "import * as tf from '@tensorflow/tfjs-core';", 'the domain contract imports TensorFlow.js'],
  ['src/domain/bad.ts', "import { useState } from 'react';", 'the domain contract imports React'],
  ['src/domain/bad.ts', "import { CLASS_COUNT } from '@/data/classes';", 'the domain contract imports another layer'],
  ['src/domain/bad.ts', "import type { WorkerEvent } from '@/workers/protocol';", 'the domain contract imports the worker protocol'],
  ['src/domain/bad.ts', "import { softmax } from '../math/softmax';", 'the domain contract reaches another layer by a relative path'],
  ['src/storage/bad.ts', "import { useState } from 'react';", 'storage imports React'],
  ['src/storage/bad.ts', "import { useDataset } from '@/features/data/hooks/use-dataset';", 'storage imports a lesson'],
  ['src/ui/Bad.tsx', "import { SoftmaxSection } from '@/features/softmax/components/SoftmaxSection';", 'a shared UI piece imports a feature'],
  ['src/browser/bad.ts', "import { useEffect } from 'react';", 'browser plumbing imports React'],
  ['src/browser/bad.ts', "import * as tf from '@tensorflow/tfjs-core';", 'browser plumbing imports TensorFlow.js'],
  ['src/browser/bad.ts', "import { useTrainingWorker } from '@/features/training/hooks/use-training-worker';", 'browser plumbing imports a lesson'],
  ['src/browser/bad.ts', "import { Formula } from '@/ui/Formula';", 'browser plumbing imports the UI'],
  ['src/browser/bad.ts', "import { revealLesson } from '../ui/lesson-reveal';", 'browser plumbing reaches the UI by a relative path'],
  ['src/math/bad.ts', "import { whenIdle } from '@/browser/idle';", 'pure math imports browser plumbing'],
  ['src/train/bad.ts', "import { msSinceInput } from '@/browser/page-input';", 'training imports browser plumbing'],
  ['src/features/softmax/components/Bad.tsx', "import { ceMessages } from '@/features/cross-entropy/strings';", 'a feature imports another'],
  ['src/features/softmax/components/Bad.tsx', "import { ceMessages } from '../../cross-entropy/strings';", 'a feature reaches another by a relative path'],
  ['src/features/softmax/Bad.ts', "import { ceMessages } from '../cross-entropy/strings';", 'a feature reaches another from its root'],
  ['src/features/training/components/Bad.tsx', "import * as tf from '@tensorflow/tfjs';", 'a feature imports TensorFlow.js'],
  ['src/features/training/components/Bad.tsx', "import { runTraining } from '@/train/run-training';", 'a feature imports src/train'],
];

const ALLOWED: Array<[string, string, string]> = [
  ['src/features/softmax/components/Ok.tsx', "import { softmaxMessages } from '../strings';", 'a feature reads its own strings'],
  ['src/features/training/components/Ok.tsx', "import source from '@/train/step.ts?raw';", "the training lesson shows the step's source"],
  ['src/state/ok.ts', "import type { Lang } from '@/ui/i18n';", 'the playground model names the language type'],
  ['src/app/ok.tsx', "import { SoftmaxSection } from '@/features/softmax/components/SoftmaxSection';", 'the app composes the lessons'],
  ['src/train/ok.ts', "import type { TrainConfig } from '@/domain/training-config';", 'training reads the domain contract'],
  ['src/workers/ok.ts', "import type { BackendInfo } from '@/domain/training-events';", 'the worker protocol wraps the domain types'],
  ['src/app/ok.ts', "import { TRAIN_LIMITS } from '@/domain/training-config';", 'the URL state reads the domain limits'],
  ['src/features/training/components/Ok.tsx', "import { MODELS } from '@/domain/training-config';", 'a lesson reads the domain contract'],
  ['src/state/ok.ts', "import { MAX_CLASSES } from '@/domain/playground-limits';", 'the playground model reads its limits'],
  ['src/math/ok.ts', "import { LOGIT_LIMIT } from '@/domain/playground-limits';", 'even pure math may read the contract'],
  ['src/domain/ok.ts', "import type { TrainConfig } from './training-config';", 'the domain reads itself'],
  ['src/storage/ok.ts', "import { toImageSet } from '@/data/fashion-mnist';", 'storage reads the data layer'],
  ['src/features/data/hooks/ok.ts', "import { readKeptDataset } from '@/storage/kept-dataset';", 'a lesson uses storage'],
  ['src/ui/ok.tsx', "import { whenIdle } from '@/browser/idle';", 'the far-content boundary waits for idle time'],
  ['src/features/training/hooks/ok.ts', "import { onPageInput } from '@/browser/page-input';", 'a lesson listens for page input'],
  ['src/app/ok.ts', "import { headerLine } from '@/browser/header-line';", "the app reads the header's line"],
  ['src/browser/ok.ts', "import { QUIET_AFTER_INPUT_MS } from './deadlines';", 'browser plumbing reads itself'],
];

describe('layer rules', () => {
  it.each(BROKEN)('%s: fires on %s (%s)', async (file, code) => {
    expect(await restrictedImports(file, code)).not.toEqual([]);
  });
  it.each(ALLOWED)('%s: allows %s (%s)', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
