import { describe, expect, it } from 'vitest'
import type { Interview } from '../../../shared/domain/interview'
import { BoardColumns } from '../../../electron/host/interviews/board-pages'
import { fields, useTempHosts } from './support'

const temp = useTempHosts()

describe('listStagePage', () => {
  it('hands out a stage in board order, page by page, skipping no card when cards move between pages', async () => {
    const host = await temp.open()
    const { client } = host
    const created: Interview[] = []
    for (let index = 0; index < 12; index++) created.push(await client.createInterview({ fields: fields(`C${index}`) }))
    await client.createInterview({ fields: fields('Elsewhere'), stage: 'offer' })
    await client.setArchived({ id: created[11]!.id, archived: true })

    const first = await client.listStagePage({ stage: 'interviewed', limit: 5 })
    expect(first.more).toBe(true)
    // Between two pages a card already handed out moves to the end, and one not yet handed out leaves.
    await client.moveInterview({ id: created[0]!.id, stage: 'interviewed' })
    await client.moveInterview({ id: created[7]!.id, stage: 'thanked' })
    const seen = [...first.interviews]
    let page = first
    while (page.more) {
      const last = page.interviews.at(-1)!
      page = await client.listStagePage({ stage: 'interviewed', after: { order: last.order, id: last.id }, limit: 5 })
      seen.push(...page.interviews)
    }
    const companies = seen.map((interview) => interview.company)
    expect(companies.slice(0, 5)).toEqual(['C0', 'C1', 'C2', 'C3', 'C4'])
    expect(companies.slice(5)).toEqual(['C5', 'C6', 'C8', 'C9', 'C10', 'C0'])
  })
})

describe('the first cards of every column', () => {
  it('are the pages a window gets, whether or not the columns were sorted since the last change', () => {
    const stages = ['interviewed', 'thanked', 'offer'] as const
    // Order keys that collide, so ties fall to the id as in page().
    const interviews = Array.from(
      { length: 300 },
      (_, index) =>
        ({
          id: `id-${(index * 7919) % 1000}`,
          stage: stages[index % 3],
          order: `a${(index * 37) % 50}`,
          archived: index % 11 === 0,
        }) as unknown as Interview,
    )
    const fresh = new BoardColumns(() => interviews.values())
    const kept = fresh.firstPages(16)
    const sorted = new BoardColumns(() => interviews.values())
    for (const stage of stages) {
      const page = sorted.page(stage, undefined, 16)
      expect(kept.get(stage)).toEqual(page)
      expect(page.more).toBe(true)
      expect(sorted.firstPages(16).get(stage)).toEqual(page)
    }
    expect(new BoardColumns(() => interviews.slice(0, 20).values()).firstPages(16).get('offer')?.more).toBe(false)
  })
})
