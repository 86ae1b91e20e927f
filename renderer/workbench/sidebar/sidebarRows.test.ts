import { describe, expect, it } from 'vitest'
import type { Interview } from '../../../shared/domain/interview'
import type { StageId } from '../../../shared/domain/stages'
import { GROUP_GAP, ROW_HEIGHT, SHOWN_AT_FIRST, sidebarRows } from './sidebarRows'

function cards(stage: StageId, count: number): Interview[] {
  return Array.from(
    { length: count },
    (_, index) => ({ id: `${stage}-${index}`, stage, company: `C${index}` }) as Interview,
  )
}

const groups = new Map<StageId, readonly Interview[]>([
  ['offer', cards('offer', 2)],
  ['interviewed', cards('interviewed', SHOWN_AT_FIRST + 5)],
])
const none = new Set<StageId>()
const summary = (rows: ReturnType<typeof sidebarRows>) =>
  rows.map((row) => (row.kind === 'stage' ? `[${row.label} ${row.count}${row.expanded ? '' : ' folded'}]` : row.key))

describe('sidebarRows', () => {
  it('lists the stages in board order, each stage its first entries and a button for the rest', () => {
    const rows = sidebarRows(groups, none, none)
    const shown = summary(rows)
    expect(shown[0]).toBe('[Interviewed 55]')
    expect(shown.slice(1, 3)).toEqual(['interviewed-0', 'interviewed-1'])
    expect(shown.slice(SHOWN_AT_FIRST, SHOWN_AT_FIRST + 5)).toEqual([
      'interviewed-49',
      'more:interviewed',
      '[Offer 2]',
      'offer-0',
      'offer-1',
    ])
    expect(rows).toHaveLength(1 + SHOWN_AT_FIRST + 1 + 1 + 2)
  })

  it('tells each entry its place in its stage’s list, the button included, and leaves a gap after the last', () => {
    const rows = sidebarRows(groups, none, none)
    const more = rows.find((row) => row.key === 'more:interviewed')
    expect(more).toMatchObject({ kind: 'more', count: 55, position: SHOWN_AT_FIRST + 1, setSize: SHOWN_AT_FIRST + 1 })
    expect(rows[1]).toMatchObject({ position: 1, setSize: SHOWN_AT_FIRST + 1, size: ROW_HEIGHT })
    expect(more!.size).toBe(ROW_HEIGHT + GROUP_GAP)
    expect(rows.at(-1)).toMatchObject({ key: 'offer-1', position: 2, setSize: 2, size: ROW_HEIGHT + GROUP_GAP })
  })

  it('shows every entry of a stage asked for all, and only the heading of a folded one', () => {
    const rows = sidebarRows(groups, new Set(['offer']), new Set(['interviewed']))
    const shown = summary(rows)
    expect(shown).toContain('interviewed-54')
    expect(shown).not.toContain('more:interviewed')
    expect(shown.at(-1)).toBe('[Offer 2 folded]')
    expect(rows.find((row) => row.key === 'interviewed-54')).toMatchObject({ position: 55, setSize: 55 })
  })
})
