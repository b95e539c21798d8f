/** Examples per class: `counts[c]` is how many labels equal c. */
export function countPerClass(labels: ArrayLike<number>, classCount: number): number[] {
  const counts = new Array<number>(classCount).fill(0);
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (label < classCount) counts[label]! += 1;
  }
  return counts;
}

/** The indices of the first `perClass` examples of each class, in dataset order (`[class][k]`). */
export function firstIndicesPerClass(labels: ArrayLike<number>, classCount: number, perClass: number): number[][] {
  const picked = Array.from({ length: classCount }, () => [] as number[]);
  let missing = classCount * perClass;
  for (let i = 0; i < labels.length && missing > 0; i++) {
    const bucket = picked[labels[i]!];
    if (bucket && bucket.length < perClass) {
      bucket.push(i);
      missing -= 1;
    }
  }
  return picked;
}
