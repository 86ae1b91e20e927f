import { termsOf, wordsOf } from './terms'

/** BM25's usual constants: how fast repeated words stop counting, and how much long notes are discounted. */
const K1 = 1.2
const B = 0.75
/** A word's start counts for less than the whole word. */
const PREFIX_WEIGHT = 0.5
const FUZZY_WEIGHT = 0.4
/** The most words one typed start may stand for, the most frequent ones kept. */
const MAX_EXPANSIONS = 64

export interface SearchOptions {
  limit: number
  /** Which query words also match as the start of longer words. */
  prefix: 'last' | 'all'
  /** The shortest start that matches longer words: over long notes one or two letters would match most words. */
  minPrefix: number
  /** With no exact or prefix match at all, look for words one letter off (a typo). */
  fuzzy: boolean
}

export interface IndexHit {
  doc: string
  score: number
  /** The indexed words that matched in this document, for highlighting. */
  terms: string[]
}

interface Expansion {
  term: string
  postings: Map<number, number>
  weight: number
}

function binarySearch(sorted: readonly string[], value: string): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sorted[middle]! < value) low = middle + 1
    else high = middle
  }
  return low
}

/** Whether two words are at most one insertion, deletion or substitution apart. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  let j = 0
  let edits = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++
      j++
      continue
    }
    if (++edits > 1) return false
    if (a.length > b.length) i++
    else if (b.length > a.length) j++
    else {
      i++
      j++
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1
}

/**
 * A full-text index: for each word, the documents that hold it and how often. A search needs every
 * query word (AND), ranks with BM25, walks the rarest word's documents first and keeps only the top
 * hits, so a word found in every document costs one pass over them and no more. Documents are
 * replaced one at a time, at the cost of their own words, whatever the size of the index.
 */
export class InvertedIndex {
  private readonly postings = new Map<string, Map<number, number>>()
  /** Every indexed word in order, for the words a typed start stands for. */
  private readonly sortedTerms: string[] = []
  private readonly docs = new Map<string, { number: number; terms: string[]; length: number }>()
  /** By document number: its id and its length in words. */
  private readonly names: string[] = []
  private readonly lengths: number[] = []
  private nextNumber = 0
  private totalLength = 0

  /** Indexes many documents at once, sorting the vocabulary once at the end instead of per new word. */
  addAll(documents: Iterable<[id: string, text: string]>): void {
    const added: string[] = []
    for (const [id, text] of documents) this.index(id, text, added)
    for (const term of added) this.sortedTerms.push(term)
    this.sortedTerms.sort()
  }

  /**
   * Indexes a document's new text. Only words it gained or lost change the index's structure: an
   * edit costs about the size of the edit, never the size of the index.
   */
  set(id: string, text: string): void {
    const previous = this.docs.get(id)
    if (previous) {
      this.docs.delete(id)
      this.totalLength -= previous.length
    }
    const added: string[] = []
    const kept = this.index(id, text, added, previous?.number)
    if (previous)
      this.dropPostings(
        previous.number,
        previous.terms.filter((term) => !kept.has(term)),
      )
    for (const term of added) this.sortedTerms.splice(binarySearch(this.sortedTerms, term), 0, term)
  }

  remove(id: string): void {
    const doc = this.docs.get(id)
    if (!doc) return
    this.docs.delete(id)
    this.totalLength -= doc.length
    this.dropPostings(doc.number, doc.terms)
  }

  private dropPostings(number: number, terms: readonly string[]): void {
    for (const term of terms) {
      const postings = this.postings.get(term)!
      postings.delete(number)
      if (postings.size === 0) {
        this.postings.delete(term)
        this.sortedTerms.splice(binarySearch(this.sortedTerms, term), 1)
      }
    }
  }

  /** Adds (or, for a reused number, overwrites) a document's postings; returns the words it holds. */
  private index(id: string, text: string, added: string[], reuse?: number): ReadonlyMap<string, number> {
    const counts = new Map<string, number>()
    let length = 0
    for (const term of termsOf(text)) {
      counts.set(term, (counts.get(term) ?? 0) + 1)
      length++
    }
    const number = reuse ?? this.nextNumber++
    this.names[number] = id
    this.lengths[number] = length
    for (const [term, count] of counts) {
      let postings = this.postings.get(term)
      if (!postings) {
        postings = new Map()
        this.postings.set(term, postings)
        added.push(term)
      }
      postings.set(number, count)
    }
    this.docs.set(id, { number, terms: [...counts.keys()], length })
    this.totalLength += length
    return counts
  }

  search(query: string, options: SearchOptions): { hits: IndexHit[]; total: number } {
    const words = [...new Set([...wordsOf(query)].map((word) => word.term))]
    if (words.length === 0 || this.docs.size === 0) return { hits: [], total: 0 }
    const isPrefix = (word: string, index: number) =>
      (options.prefix === 'all' || index === words.length - 1) && word.length >= options.minPrefix
    let groups = words.map((word, index) => this.expand(word, isPrefix(word, index)))
    if (options.fuzzy && groups.some((group) => group.length === 0)) {
      groups = groups.map((group, index) => (group.length > 0 ? group : this.fuzzy(words[index]!)))
    }
    if (groups.some((group) => group.length === 0)) return { hits: [], total: 0 }
    return this.rank(groups, options.limit)
  }

  /** The indexed words a query word stands for: itself, and with `prefix` the words it starts. */
  private expand(word: string, prefix: boolean): Expansion[] {
    const expansions: Expansion[] = []
    const exact = this.postings.get(word)
    if (exact) expansions.push({ term: word, postings: exact, weight: 1 })
    if (!prefix) return expansions
    const longer: Expansion[] = []
    for (let index = binarySearch(this.sortedTerms, word); index < this.sortedTerms.length; index++) {
      const term = this.sortedTerms[index]!
      if (!term.startsWith(word)) break
      if (term !== word) longer.push({ term, postings: this.postings.get(term)!, weight: PREFIX_WEIGHT })
    }
    longer.sort((a, b) => b.postings.size - a.postings.size)
    return [...expansions, ...longer.slice(0, MAX_EXPANSIONS)]
  }

  /** Words one edit away, starting with the same letter: typos rarely hit the first one. */
  private fuzzy(word: string): Expansion[] {
    if (word.length < 5) return []
    const expansions: Expansion[] = []
    const first = word[0]!
    for (let index = binarySearch(this.sortedTerms, first); index < this.sortedTerms.length; index++) {
      const term = this.sortedTerms[index]!
      if (term[0] !== first) break
      if (withinOneEdit(word, term)) {
        expansions.push({ term, postings: this.postings.get(term)!, weight: FUZZY_WEIGHT })
      }
    }
    return expansions.slice(0, MAX_EXPANSIONS)
  }

  private rank(groups: Expansion[][], limit: number): { hits: IndexHit[]; total: number } {
    const count = this.docs.size
    const averageLength = this.totalLength / count || 1
    const lengths = this.lengths
    const idfs = groups.map((group) =>
      group.map(({ postings }) => Math.log(1 + (count - postings.size + 0.5) / (postings.size + 0.5))),
    )
    const groupScore = (group: Expansion[], idf: number[], doc: number): number => {
      let best = 0
      const length = lengths[doc] ?? averageLength
      for (let index = 0; index < group.length; index++) {
        const tf = group[index]!.postings.get(doc)
        if (tf === undefined) continue
        const score =
          group[index]!.weight * idf[index]! * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / averageLength)))
        if (score > best) best = score
      }
      return best
    }
    // The group with the fewest documents decides which documents are worth checking at all.
    const order = groups.map((group, index) => index)
    const sizeOf = (index: number) => groups[index]!.reduce((sum, expansion) => sum + expansion.postings.size, 0)
    order.sort((a, b) => sizeOf(a) - sizeOf(b))
    const [first, ...rest] = order as [number, ...number[]]
    const candidates = new Set<number>()
    for (const expansion of groups[first]!) for (const doc of expansion.postings.keys()) candidates.add(doc)

    const top = new TopHits(limit)
    let total = 0
    for (const doc of candidates) {
      let score = groupScore(groups[first]!, idfs[first]!, doc)
      let matchesAll = true
      for (const index of rest) {
        const part = groupScore(groups[index]!, idfs[index]!, doc)
        if (part === 0) {
          matchesAll = false
          break
        }
        score += part
      }
      if (!matchesAll) continue
      total++
      top.offer(doc, score)
    }
    const hits = top.sorted().map(({ doc, score }) => ({
      doc: this.names[doc]!,
      score,
      terms: groups.flat().flatMap((expansion) => (expansion.postings.has(doc) ? [expansion.term] : [])),
    }))
    return { hits, total }
  }
}

/** The best `limit` documents seen so far, in a min-heap: the weakest of them is the one to beat. */
class TopHits {
  private readonly heap: Array<{ doc: number; score: number }> = []

  constructor(private readonly limit: number) {}

  offer(doc: number, score: number): void {
    const heap = this.heap
    if (heap.length < this.limit) {
      heap.push({ doc, score })
      this.up(heap.length - 1)
    } else if (score > heap[0]!.score) {
      heap[0] = { doc, score }
      this.down(0)
    }
  }

  sorted(): Array<{ doc: number; score: number }> {
    return [...this.heap].sort((a, b) => b.score - a.score || a.doc - b.doc)
  }

  private up(index: number): void {
    const heap = this.heap
    while (index > 0) {
      const parent = (index - 1) >> 1
      if (heap[parent]!.score <= heap[index]!.score) return
      ;[heap[parent], heap[index]] = [heap[index]!, heap[parent]!]
      index = parent
    }
  }

  private down(index: number): void {
    const heap = this.heap
    for (;;) {
      const left = index * 2 + 1
      const right = left + 1
      let smallest = index
      if (left < heap.length && heap[left]!.score < heap[smallest]!.score) smallest = left
      if (right < heap.length && heap[right]!.score < heap[smallest]!.score) smallest = right
      if (smallest === index) return
      ;[heap[smallest], heap[index]] = [heap[index]!, heap[smallest]!]
      index = smallest
    }
  }
}
