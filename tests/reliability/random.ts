/** A seeded pseudo-random source (mulberry32), so a failing run reproduces from the seed it prints. */
export interface Random {
  next(): number
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(probability: number): boolean
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (probability) => next() < probability,
  }
}

/** A seed from the command line (`--seed N`) or the clock. */
export function seedFrom(argv: readonly string[]): number {
  const index = argv.indexOf('--seed')
  const given = index === -1 ? undefined : Number(argv[index + 1])
  return given !== undefined && Number.isInteger(given) ? given : Date.now() % 2 ** 31
}
