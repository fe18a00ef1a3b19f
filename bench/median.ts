/** The benchmarks' figure: the median, as these machines are shared and noisy. */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
