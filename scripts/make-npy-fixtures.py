#!/usr/bin/env python3
"""Writes the NumPy files that src/data/npy.test.ts and weights-file.test.ts read.

Run once with numpy installed (Debian: apt-get install python3-numpy); the files are
committed, so the tests never need numpy:

    python3 scripts/make-npy-fixtures.py

Values are exact in float32 (small multiples of powers of two), so the tests can
recompute them with integer arithmetic.
"""
import io
import os

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'data', 'fixtures')
os.makedirs(OUT, exist_ok=True)


def path(name):
    return os.path.join(OUT, name)


def good_w():
    # W[p, c] = ((p * 10 + c) % 97 - 48) / 64
    return (((np.arange(784 * 10) % 97) - 48) / 64).astype(np.float32).reshape(784, 10)


def good_b():
    return (np.arange(10) / 8 - 0.5).astype(np.float32)


# The two ways numpy writes an .npz: stored (np.savez) and deflated (np.savez_compressed).
np.savez(path('weights.npz'), W=good_w(), b=good_b())
np.savez_compressed(path('weights-compressed.npz'), W=good_w(), b=good_b())
np.save(path('b.npy'), good_b())

# Orders and byte orders numpy can write for float32.
small = (np.arange(12) - 5.5).astype(np.float32).reshape(3, 4)
np.save(path('fortran-3x4.npy'), np.asfortranarray(small))
np.save(path('big-endian-3.npy'), np.array([1.5, -2.25, 3.0], dtype='>f4'))
with open(path('version2-3x4.npy'), 'wb') as f:
    np.lib.format.write_array(f, small, version=(2, 0))

# Wrong dtypes.
np.save(path('float64-2x2.npy'), np.array([[1.0, 2.0], [3.0, 4.0]], dtype=np.float64))
np.save(path('int64-3.npy'), np.array([1, 2, 3], dtype=np.int64))

# Wrong shape (PyTorch's nn.Linear stores W as 10 x 784), NaN and infinity: compressed, so they stay small.
np.savez_compressed(path('transposed.npz'), W=np.zeros((10, 784), np.float32), b=good_b())
nan_w = np.zeros((784, 10), np.float32)
nan_w[3, 7] = np.nan
np.savez_compressed(path('nan.npz'), W=nan_w, b=good_b())
inf_b = good_b()
inf_b[4] = -np.inf
np.savez_compressed(path('inf.npz'), W=np.zeros((784, 10), np.float32), b=inf_b)
np.savez_compressed(path('no-b.npz'), W=good_w())

for name in sorted(os.listdir(OUT)):
    print(f'{name}: {os.path.getsize(path(name))} bytes')
