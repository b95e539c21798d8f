import { describe, expect, it, vi } from 'vitest';
import { UploadGuard, uploadVerdict, type UploadCheck } from './upload-guard';

const check = (path: UploadCheck['path'], difference: number, rows = 37, cols = 11): UploadCheck => ({ rows, cols, path, difference });

describe('uploadVerdict', () => {
  it('verifies when every packed upload equals tf.tensor2d exactly', () => {
    expect(uploadVerdict([check('packed', 0, 256, 784), check('packed', -0), check('tensor2d', 0)])).toEqual({ state: 'verified', problem: null });
  });

  it('disables on any difference, however small, and on NaN', () => {
    expect(uploadVerdict([check('packed', 0), check('packed', 1e-30)])).toEqual({ state: 'disabled', problem: 'a 37 × 11 matrix differed by 1e-30' });
    expect(uploadVerdict([check('packed', NaN)]).state).toBe('disabled');
  });

  it('leaves the packed upload unchecked when nothing took it (another backend)', () => {
    expect(uploadVerdict([check('tensor2d', 0)]).state).toBe('unchecked');
    // A fallback that differs is TensorFlow.js against itself: not the packed upload's fault.
    expect(uploadVerdict([check('tensor2d', 5)]).state).toBe('unchecked');
  });
});

describe('UploadGuard', () => {
  it('compares once; a verified upload stays allowed', async () => {
    const guard = new UploadGuard();
    const compare = vi.fn(async () => [check('packed', 0)]);
    const warn = vi.fn();
    expect(guard.state).toBe('unchecked');
    expect(await guard.check(compare, warn)).toBe('verified');
    expect(await guard.check(compare, warn)).toBe('verified');
    expect(compare).toHaveBeenCalledTimes(1);
    expect(guard.allowsPacked).toBe(true);
    expect(warn).not.toHaveBeenCalled();
  });

  it('turns the packed upload off for good on a difference, and says so once', async () => {
    const guard = new UploadGuard();
    const warn = vi.fn();
    expect(await guard.check(async () => [check('packed', 0.5)], warn)).toBe('disabled');
    expect(guard.allowsPacked).toBe(false);
    expect(await guard.check(async () => [check('packed', 0)], warn)).toBe('disabled');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/differed by 0\.5.*tf\.tensor2d from now on/);
  });

  it('turns it off when the comparison itself fails', async () => {
    const guard = new UploadGuard();
    const warn = vi.fn();
    expect(await guard.check(() => Promise.reject(new Error('no texture')), warn)).toBe('disabled');
    expect(warn.mock.calls[0]![0]).toMatch(/comparison failed: Error: no texture/);
  });

  it('compares again after a check that found no packed upload, and shares a comparison under way', async () => {
    const guard = new UploadGuard();
    expect(await guard.check(async () => [check('tensor2d', 0)], vi.fn())).toBe('unchecked');
    const compare = vi.fn(async () => [check('packed', 0)]);
    const [a, b] = await Promise.all([guard.check(compare, vi.fn()), guard.check(compare, vi.fn())]);
    expect([a, b]).toEqual(['verified', 'verified']);
    expect(compare).toHaveBeenCalledTimes(1);
  });
});
