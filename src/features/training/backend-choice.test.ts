import { describe, expect, it } from 'vitest';
import { BACKENDS } from '@/domain/training-config';
import type { BackendInfo } from '@/domain/training-events';
import { backendStanding, replacedBackend } from './backend-choice';
import { trainMessages } from './strings';

const info = (over: Partial<BackendInfo>): BackendInfo => ({
  active: 'webgl',
  requested: 'webgl',
  renderer: null,
  software: false,
  failures: [],
  ...over,
});

// WebGL could not start (Firefox's workers, Safari's engine): training runs on WebAssembly.
const fellBack = info({ requested: 'webgl', active: 'wasm', failures: [{ backend: 'webgl', reason: 'no WebGL' }] });

describe('backendStanding', () => {
  it('says every backend is ready before the worker has reported', () => {
    expect(backendStanding('webgl', null)).toEqual({ kind: 'ready' });
  });

  it('names the backend running in place of the one asked for', () => {
    expect(backendStanding('webgl', fellBack)).toEqual({ kind: 'replaced', active: 'wasm' });
    expect(backendStanding('wasm', fellBack)).toEqual({ kind: 'ready' });
    expect(backendStanding('cpu', fellBack)).toEqual({ kind: 'ready' });
  });

  it('marks a backend that failed on the way as unavailable', () => {
    const down = info({ requested: 'webgl', active: 'cpu', failures: [{ backend: 'webgl', reason: 'a' }, { backend: 'wasm', reason: 'b' }] });
    expect(backendStanding('webgl', down)).toEqual({ kind: 'replaced', active: 'cpu' });
    expect(backendStanding('wasm', down)).toEqual({ kind: 'unavailable' });
  });

  it('says nothing when the backend asked for runs', () => {
    expect(BACKENDS.every((backend) => backendStanding(backend, info({ requested: 'wasm', active: 'wasm' })).kind === 'ready')).toBe(true);
  });
});

describe('replacedBackend', () => {
  it('is the backend asked for only when another one runs', () => {
    expect(replacedBackend(fellBack)).toBe('webgl');
    expect(replacedBackend(info({ requested: 'wasm', active: 'wasm' }))).toBeNull();
    expect(replacedBackend(null)).toBeNull();
  });
});

describe('the backend menu’s wording', () => {
  it('says in both languages which backend runs instead, never only the one asked for', () => {
    const standing = backendStanding('webgl', fellBack);
    expect(trainMessages.en.backendOption('webgl', standing)).toBe('WebGL (GPU) — unavailable, using WebAssembly (SIMD)');
    expect(trainMessages.ko.backendOption('webgl', standing)).toBe('WebGL (GPU) — 쓸 수 없어 WebAssembly (SIMD) 사용 중');
    expect(trainMessages.en.backendOption('wasm', backendStanding('wasm', fellBack))).toBe('WebAssembly (SIMD)');
    expect(trainMessages.en.backendOption('wasm', { kind: 'unavailable' })).toBe('WebAssembly (SIMD) — unavailable here');
  });
});
