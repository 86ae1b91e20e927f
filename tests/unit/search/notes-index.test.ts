import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { TextSegment } from '../../../shared/api/contract'
import { NotesIndex, type IndexedInterview } from '../../../electron/host/notes/search/notes-index'

function interview(company: string, extra: Partial<IndexedInterview> = {}): IndexedInterview {
  return {
    id: randomUUID(),
    company,
    role: 'Backend engineer',
    date: '2025-03-07',
    time: '14:00',
    stage: 'interviewed',
    archived: false,
    people: ['Dana Reyes'],
    ...extra,
  }
}

const highlighted = (snippet: TextSegment[]) =>
  snippet
    .filter((segment) => segment.match)
    .map((segment) => segment.text)
    .join(' ')
const plain = (snippet: TextSegment[]) => snippet.map((segment) => segment.text).join('')

async function indexOf(entries: Array<[IndexedInterview, string]>): Promise<NotesIndex> {
  return NotesIndex.build(
    entries.map(([record]) => record),
    new Map(entries.map(([record, notes]) => [record.id, notes])),
  )
}

describe('notes search', () => {
  it('finds a word that only one interview’s notes contain, with the word highlighted in context', async () => {
    const acme = interview('Acme')
    const globex = interview('Globex')
    const index = await indexOf([
      [acme, '# Acme\n\nThey asked about the Kubernetes migration and on-call.'],
      [globex, '# Globex\n\nMostly about SQL and reporting.'],
    ])
    const { hits, total } = index.searchNotes('kubernetes', 10)
    expect(total).toBe(1)
    expect(hits[0]).toMatchObject({ interviewId: acme.id, company: 'Acme', role: 'Backend engineer' })
    expect(highlighted(hits[0]!.snippets[0]!)).toBe('Kubernetes')
    expect(plain(hits[0]!.snippets[0]!)).toContain('asked about the Kubernetes migration')
  })

  it('needs every word of the query, ignores case and accents, and matches the start of a word', async () => {
    const acme = interview('Acme')
    const index = await indexOf([
      [acme, 'Prepare the résumé walkthrough; mention Müller from the platform team.'],
      [interview('Initech'), 'Prepare a résumé.'],
    ])
    const [hit] = index.searchNotes('RESUME muller', 10).hits
    expect(hit?.interviewId).toBe(acme.id)
    expect(highlighted(hit!.snippets[0]!)).toBe('résumé Müller')
    expect(index.searchNotes('walkth', 10).hits.map((hit) => hit.interviewId)).toEqual([acme.id])
    expect(index.searchNotes('resume', 10).total).toBe(2)
  })

  it('forgives one typo when no note has the word as typed', async () => {
    const acme = interview('Acme')
    const index = await indexOf([
      [acme, 'They run Kubernetes.'],
      [interview('Globex'), 'They run Nomad.'],
    ])
    expect(index.searchNotes('kubernets', 10).hits.map((hit) => hit.interviewId)).toEqual([acme.id])
    expect(index.searchNotes('kubernetes nomad', 10).total).toBe(0)
  })

  it('ranks the notes that mention a word more, and more densely, first', async () => {
    const once = interview('Once')
    const often = interview('Often')
    const index = await indexOf([
      [once, 'salary came up once among many other topics like travel, team size, stack and hiring'],
      [often, 'salary, salary and salary'],
    ])
    expect(index.searchNotes('salary', 10).hits.map((hit) => hit.company)).toEqual(['Often', 'Once'])
  })

  it('does not search company names or people as notes, and answers nothing for an empty query', async () => {
    const index = await indexOf([[interview('Kubernetes Inc'), 'Nothing about containers.']])
    expect(index.searchNotes('kubernetes', 10).total).toBe(0)
    expect(index.searchNotes('   ', 10)).toEqual({ hits: [], total: 0 })
  })

  it('follows edits to notes and interviews one at a time', async () => {
    const acme = interview('Acme')
    const index = await indexOf([[acme, 'first draft']])
    index.setNotes(acme.id, 'they use Elixir')
    expect(index.searchNotes('draft', 10).total).toBe(0)
    expect(index.searchNotes('elixir', 10).total).toBe(1)

    const globex = interview('Globex')
    index.setInterview(globex)
    index.setNotes(globex.id, 'Elixir again')
    expect(index.searchNotes('elixir', 10).total).toBe(2)

    index.setInterview({ ...acme, company: 'Acme Robotics' })
    expect(index.searchNotes('elixir', 10).hits.map((hit) => hit.company)).toContain('Acme Robotics')

    index.removeInterview(acme.id)
    expect(index.searchNotes('elixir', 10).hits.map((hit) => hit.interviewId)).toEqual([globex.id])
    // Undo of a delete: the interview comes back with the notes it had.
    index.setInterview(acme)
    expect(index.searchNotes('elixir', 10).total).toBe(2)
  })

  it('shows notes without their Markdown markers in snippets', async () => {
    const acme = interview('Acme')
    const index = await indexOf([[acme, '## Where I can improve\n\n- [ ] **Practise** system design']])
    const [hit] = index.searchNotes('practise', 10).hits
    expect(plain(hit!.snippets[0]!)).toBe('Where I can improve · Practise system design')
    // A line that ends a sentence runs on into the next: only a heading or a bullet is set apart.
    const notes = '## What we talked about\n\nTheir move from Excel.\nA team of four\n- on-call'
    const [move] = (await indexOf([[acme, notes]])).searchNotes('excel', 10).hits
    expect(plain(move!.snippets[0]!)).toBe('What we talked about · Their move from Excel. A team of four · on-call')
    // Emphasis and a table's rules and bars, which a walkthrough's results showed as "_Kafka_" and "|---|---|".
    const stack =
      'They stream with _Kafka_ and *Flink*; snake_case stays.\n\n| Tool | Use |\n|---|---|\n| Spark | batch |'
    const [tools] = (await indexOf([[acme, stack]])).searchNotes('flink', 10).hits
    expect(plain(tools!.snippets[0]!)).toBe(
      'They stream with Kafka and Flink; snake_case stays. Tool · Use · Spark · batch',
    )
  })

  it('cuts long notes into short snippets around the matches', async () => {
    const acme = interview('Acme')
    const filler = 'lorem ipsum dolor sit amet '.repeat(40)
    const index = await indexOf([[acme, `${filler}salary band discussed. ${filler}the salary was fine. ${filler}`]])
    const [hit] = index.searchNotes('salary', 10).hits
    expect(hit!.snippets).toHaveLength(2)
    for (const snippet of hit!.snippets) {
      expect(plain(snippet).length).toBeLessThan(200)
      expect(plain(snippet).startsWith('…')).toBe(true)
      expect(highlighted(snippet)).toBe('salary')
    }
  })

  it('returns at most `limit` hits but counts them all', async () => {
    const index = await indexOf(Array.from({ length: 30 }, (_, n) => [interview(`C${n}`), 'remote work'] as const))
    const { hits, total } = index.searchNotes('remote', 5)
    expect(hits).toHaveLength(5)
    expect(total).toBe(30)
  })
})

describe('quick open', () => {
  it('finds interviews by company, role or the name of someone met, and says who matched', async () => {
    const acme = interview('Acme Robotics', { people: ['Dana Reyes', 'Lee Park'] })
    const globex = interview('Globex', { role: 'Data analyst', people: ['Sam Okafor'] })
    const index = await indexOf([
      [acme, ''],
      [globex, 'Acme was mentioned here'],
    ])
    expect(index.quickOpen('acme', 10).map((hit) => hit.interviewId)).toEqual([acme.id])
    expect(index.quickOpen('analyst', 10).map((hit) => hit.interviewId)).toEqual([globex.id])
    const [byPerson] = index.quickOpen('lee', 10)
    expect(byPerson).toMatchObject({ interviewId: acme.id, people: ['Lee Park'] })
    expect(index.quickOpen('rob', 10).map((hit) => hit.company)).toEqual(['Acme Robotics'])
    expect(index.quickOpen('ac ro', 10).map((hit) => hit.company)).toEqual(['Acme Robotics'])
  })

  it('lists the newest interviews first for an empty query', async () => {
    const older = interview('Older', { date: '2025-01-02' })
    const newer = interview('Newer', { date: '2025-06-01' })
    const index = await indexOf([
      [older, ''],
      [newer, ''],
    ])
    expect(index.quickOpen('', 10).map((hit) => hit.company)).toEqual(['Newer', 'Older'])
  })
})

describe('insights', () => {
  it('gathers the “where I can improve” sections, newest interview first, skipping empty ones', async () => {
    const march = interview('March Co', { date: '2025-03-01' })
    const may = interview('May Co', { date: '2025-05-01' })
    const empty = interview('Empty Co', { date: '2025-06-01' })
    const index = await indexOf([
      [
        march,
        '## What went well\n\n- rapport\n\n## Where I can improve\n\n- talk less about tooling\n\n## Next\n\n- x',
      ],
      [may, '# Notes\n\n### Where to improve\n\nSlow on the system design question.'],
      [empty, '## Where I can improve\n\n- \n\n## What went well\n\n- all of it'],
    ])
    expect(index.listImprovements().map(({ company, markdown }) => ({ company, markdown }))).toEqual([
      { company: 'May Co', markdown: 'Slow on the system design question.' },
      { company: 'March Co', markdown: '- talk less about tooling' },
    ])
    index.setNotes(empty.id, '## Where I can improve\n\n- prepare questions for them')
    expect(index.listImprovements()[0]).toMatchObject({
      interviewId: empty.id,
      markdown: '- prepare questions for them',
    })
    index.removeInterview(may.id)
    expect(index.listImprovements().map((entry) => entry.company)).toEqual(['Empty Co', 'March Co'])
  })
})
