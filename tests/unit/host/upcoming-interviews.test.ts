import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { UpcomingInterviewIndex } from '../../../electron/host/interviews/upcoming-interviews'
import type { Interview } from '../../../shared/domain/interview'

const NOW = new Date('2026-11-10T09:00:00Z')

function interview(company: string, date: string, time: string, extra: Partial<Interview> = {}): Interview {
  return { id: randomUUID(), company, date, time, timeZone: 'Europe/Berlin', archived: false, ...extra } as Interview
}

describe('the next interviews', () => {
  it('are those starting after now, soonest first, on their own clocks, without archived ones', () => {
    const past = interview('Past', '2026-11-09', '10:00')
    const tokyo = interview('Sony', '2026-11-11', '09:00', { timeZone: 'Asia/Tokyo' }) // 00:00 UTC
    const berlin = interview('Acme', '2026-11-10', '15:00') // 14:00 UTC
    const archived = interview('Gone', '2026-11-10', '12:00', { archived: true })
    const index = new UpcomingInterviewIndex(() => [past, tokyo, berlin, archived])
    expect(index.next(NOW, 5).map((entry) => entry.interviewId)).toEqual([berlin.id, tokyo.id])
    expect(index.next(NOW, 1).map((entry) => entry.interviewId)).toEqual([berlin.id])
    expect(index.next(NOW, 5, (id) => id === berlin.id).map((entry) => entry.interviewId)).toEqual([tokyo.id])
  })

  it('follow each change without reading the board again: a moved, an added and an archived interview', () => {
    const acme = interview('Acme', '2026-11-12', '10:00')
    const globex = interview('Globex', '2026-11-13', '10:00')
    const board = new Map([acme, globex].map((each) => [each.id, each]))
    let reads = 0
    const index = new UpcomingInterviewIndex(() => {
      reads++
      return board.values()
    })
    expect(index.next(NOW, 5).map((entry) => entry.interviewId)).toEqual([acme.id, globex.id])

    board.set(acme.id, { ...acme, date: '2026-11-14' })
    const initech = interview('Initech', '2026-11-11', '08:00')
    board.set(initech.id, initech)
    board.set(globex.id, { ...globex, archived: true })
    index.changed([acme.id, initech.id, globex.id], (id) => board.get(id))
    expect(index.next(NOW, 5).map((entry) => entry.interviewId)).toEqual([initech.id, acme.id])

    board.delete(initech.id)
    index.changed([initech.id], (id) => board.get(id))
    expect(index.next(NOW, 5).map((entry) => entry.interviewId)).toEqual([acme.id])
    expect(reads).toBe(1)
  })
})
