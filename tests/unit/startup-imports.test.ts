import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The modules the page's entry imports statically, however deep: what goes into the startup chunk
 * (electron.vite.config.ts startupChunk), whose compile and evaluation come before the first card.
 * Lazy chunks (`import('…')`) are left out; type-only imports too, which the build drops.
 */
function startupModules(entry: string): Set<string> {
  const seen = new Set<string>()
  const waiting = [entry]
  while (waiting.length > 0) {
    const file = waiting.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    if (!file.endsWith('.ts') && !file.endsWith('.tsx')) continue
    const code = readFileSync(file, 'utf8')
    for (const [, spec] of code.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?'([^']+)'/gm)) {
      waiting.push(spec!.startsWith('.') ? resolveSource(join(dirname(file), spec!)) : spec!.split('/')[0]!)
    }
  }
  return seen
}

function resolveSource(path: string): string {
  for (const candidate of [`${path}.ts`, `${path}.tsx`, join(path, 'index.ts'), path]) {
    if (existsSync(candidate)) return normalize(candidate)
  }
  throw new Error(`Cannot resolve ${path}`)
}

describe('the startup chunk', () => {
  const startup = startupModules('renderer/main.tsx')

  it('is found from the entry (the walk reaches the board)', () => {
    expect(startup).toContain('renderer/board/Board.tsx')
  })

  it('holds neither the message templates nor zod, which load with the views that use them', () => {
    // A notice's wording imported through shared/messages/index.ts put every template in it: 453 → 469 KB.
    expect([...startup].filter((file) => file.startsWith('shared/messages/templates'))).toEqual([])
    expect(startup).not.toContain('shared/messages/index.ts')
    expect(startup).not.toContain('zod')
  })
})
