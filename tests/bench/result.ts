/** One benchmark figure; `ratio` is baseline divided by ours, so bigger is better. */
export interface BenchResult {
  name: string
  value: number
  unit: string
  baseline?: number
  ratio?: number
}

export function withBaseline(name: string, value: number, unit: string, baseline: number): BenchResult {
  return { name, value, unit, baseline, ratio: baseline / value }
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
