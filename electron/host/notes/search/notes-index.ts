import type { Improvement, NoteHit, QuickOpenHit } from '../../../../shared/api/contract'
import type { Interview } from '../../../../shared/domain/interview'
import { improvementSection } from '../../../../shared/notes/summary'
import { backgroundTurn } from '../../background-slices'
import { InvertedIndex, type IndexHit } from './inverted-index'
import { snippetsOf } from './snippets'
import { wordsOf } from './terms'

/** What the index keeps of an interview: enough to name a result and order it, never the whole record. */
export interface IndexedInterview {
  id: string
  company: string
  role: string
  date: string
  time: string
  stage: Interview['stage']
  archived: boolean
  people: readonly string[]
}

export function indexedInterview(interview: Interview): IndexedInterview {
  const { id, company, role, date, time, stage, archived } = interview
  const people = [...interview.interviewers, ...interview.arrangers].map((person) => person.name)
  return { id, company, role, date, time, stage, archived, people }
}

function namesOf(interview: IndexedInterview): string {
  return [interview.company, interview.role, ...interview.people].join('\n')
}

/** Interviews indexed between two turns of the event loop while the index is built. */
const BUILD_CHUNK = 500

/** Newest interview first; the same day, the later one first. */
function newestFirst(a: IndexedInterview, b: IndexedInterview): number {
  return `${b.date}T${b.time}`.localeCompare(`${a.date}T${a.time}`) || a.company.localeCompare(b.company)
}

/**
 * Full-text search over every interview's notes, and quick open over companies, roles and people:
 * two word indexes, changed one interview at a time as interviews and notes change.
 */
export class NotesIndex {
  private readonly notesIndex = new InvertedIndex()
  private readonly namesIndex = new InvertedIndex()
  private readonly interviews = new Map<string, IndexedInterview>()
  /** Notes by interview id, deleted interviews' too: undo brings an interview back with its notes. */
  private readonly notes = new Map<string, string>()
  private readonly improvements = new Map<string, string>()

  /** Indexes many interviews at once, yielding to the event loop between chunks so the host stays responsive. */
  static async build(interviews: Iterable<IndexedInterview>, notes: ReadonlyMap<string, string>): Promise<NotesIndex> {
    const index = new NotesIndex()
    for (const [id, markdown] of notes) index.rememberNotes(id, markdown)
    const all = [...interviews]
    for (const interview of all) index.interviews.set(interview.id, interview)
    index.namesIndex.addAll(all.map((interview) => [interview.id, namesOf(interview)]))
    for (let start = 0; start < all.length; start += BUILD_CHUNK) {
      const chunk = all.slice(start, start + BUILD_CHUNK)
      index.notesIndex.addAll(chunk.map((interview) => [interview.id, index.notes.get(interview.id) ?? '']))
      // Let calls and events through between chunks: a large index takes a while to build.
      await backgroundTurn()
    }
    return index
  }

  hasNotes(id: string): boolean {
    return this.notes.has(id)
  }

  setInterview(interview: IndexedInterview): void {
    const previous = this.interviews.get(interview.id)
    this.interviews.set(interview.id, interview)
    if (!previous || namesOf(previous) !== namesOf(interview)) this.namesIndex.set(interview.id, namesOf(interview))
    if (!previous) this.notesIndex.set(interview.id, this.notes.get(interview.id) ?? '')
  }

  removeInterview(id: string): void {
    if (!this.interviews.delete(id)) return
    this.namesIndex.remove(id)
    this.notesIndex.remove(id)
  }

  setNotes(id: string, markdown: string): void {
    this.rememberNotes(id, markdown)
    if (this.interviews.has(id)) this.notesIndex.set(id, markdown)
  }

  searchNotes(query: string, limit: number): { hits: NoteHit[]; total: number } {
    const { hits, total } = this.notesIndex.search(query, { limit, prefix: 'last', minPrefix: 3, fuzzy: true })
    return {
      hits: hits.flatMap((hit) => {
        const interview = this.interviews.get(hit.doc)
        if (!interview) return []
        const snippets = snippetsOf(this.notes.get(interview.id) ?? '', new Set(hit.terms))
        return [{ ...this.summaryOf(interview), snippets }]
      }),
      total,
    }
  }

  quickOpen(query: string, limit: number): QuickOpenHit[] {
    if (!query.trim()) {
      return [...this.interviews.values()]
        .sort(newestFirst)
        .slice(0, limit)
        .map((interview) => ({ ...this.summaryOf(interview), people: [] }))
    }
    return this.namesIndex.search(query, { limit, prefix: 'all', minPrefix: 1, fuzzy: true }).hits.flatMap((hit) => {
      const interview = this.interviews.get(hit.doc)
      return interview ? [{ ...this.summaryOf(interview), people: matchedPeople(interview, hit) }] : []
    })
  }

  /** Every interview's "where I can improve" section, newest interview first. */
  listImprovements(): Improvement[] {
    const entries: Array<{ interview: IndexedInterview; markdown: string }> = []
    for (const [id, markdown] of this.improvements) {
      const interview = this.interviews.get(id)
      if (interview) entries.push({ interview, markdown })
    }
    return entries
      .sort((a, b) => newestFirst(a.interview, b.interview))
      .map(({ interview, markdown }) => ({ ...this.summaryOf(interview), time: interview.time, markdown }))
  }

  private rememberNotes(id: string, markdown: string): void {
    this.notes.set(id, markdown)
    const section = improvementSection(markdown)
    if (section) this.improvements.set(id, section)
    else this.improvements.delete(id)
  }

  private summaryOf(interview: IndexedInterview) {
    const { id, company, role, date, stage, archived } = interview
    return { interviewId: id, company, role, date, stage, archived }
  }
}

function matchedPeople(interview: IndexedInterview, hit: IndexHit): string[] {
  const terms = new Set(hit.terms)
  return interview.people.filter((name) => [...wordsOf(name)].some((word) => terms.has(word.term)))
}
