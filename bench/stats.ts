/** Summaries of repeated measurements: the median is the figure, the range shows the noise. */

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
}

export function summarise(values: number[]): Summary {
  if (values.length === 0) throw new Error('no measurements to summarise');
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: median(sorted),
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
  };
}

function median(sorted: number[]): number {
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** Ratio of medians, `a / b`: above 1 means `a` costs more. */
export function ratio(a: Summary, b: Summary): number {
  return b.median === 0 ? Number.NaN : a.median / b.median;
}
