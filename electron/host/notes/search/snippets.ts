import type { TextSegment } from '../../../../shared/api/contract'
import { isAscii, wordsOf, type WordAt } from './terms'

const BEFORE = 40
const AFTER = 90
const MAX_SNIPPETS = 3

/**
 * Plain words for a snippet: Markdown's markers (headings, bullets, checkboxes, emphasis, a table's
 * rules and bars) say nothing there ("_Kafka_", "|---|---|" in a walkthrough's results). A line that ends without punctuation (a heading, a bullet) is set apart from the next by " · ":
 * joined by a space, "What we talked about Their move from Excel" read as one sentence (a walkthrough).
 */
function flatten(text: string): string {
  return (
    text
      .replace(/(^|\s)(?:#{1,6}|[-*+>]|\d+[.)]|\[[ xX]\])(?=\s|$)/g, '$1')
      .replace(/^[ \t]*\|?[ \t:|-]*-[ \t:|-]*$/gm, '')
      .replace(/^[ \t]*\||\|[ \t]*$/gm, '')
      .replace(/[ \t]*\|[ \t]*/g, ' · ')
      .replace(/\*\*|__|~~|`/g, '')
      // Emphasis around a word; at a piece's edge, around the matched word beside it.
      .replace(/(^|[^\p{L}\p{N}])[*_]+(?=[\p{L}\p{N}]|$)|(?<=^|[\p{L}\p{N}.!?])[*_]+(?=[^\p{L}\p{N}]|$)/gu, '$1')
      .replace(/([^\s.!?:;,])[ \t]*\n\s*/g, '$1 · ')
      .replace(/\s+/g, ' ')
  )
}

/** Moves a cut to the nearest space within a few characters, so a snippet does not start or end mid-word. */
function startAtWord(text: string, index: number): number {
  for (let at = index; at > Math.max(0, index - 15); at--) if (/\s/.test(text[at - 1]!)) return at
  return index <= 15 ? 0 : index
}

function endAtWord(text: string, index: number): number {
  for (let at = index; at < Math.min(text.length, index + 15); at++) if (/\s/.test(text[at]!)) return at
  return text.length - index <= 15 ? text.length : index
}

function snippetAround(
  text: string,
  matches: readonly WordAt[],
  first: number,
): { segments: TextSegment[]; next: number } {
  const anchor = matches[first]!
  const start = startAtWord(text, Math.max(0, anchor.start - BEFORE))
  const end = endAtWord(text, Math.min(text.length, anchor.end + AFTER))
  const segments: TextSegment[] = []
  let cursor = start
  let index = first
  for (; index < matches.length && matches[index]!.end <= end; index++) {
    const match = matches[index]!
    if (match.start > cursor) segments.push({ text: flatten(text.slice(cursor, match.start)), match: false })
    segments.push({ text: text.slice(match.start, match.end), match: true })
    cursor = match.end
  }
  if (end > cursor) segments.push({ text: flatten(text.slice(cursor, end)), match: false })
  const head = segments[0]
  if (head && !head.match) head.text = head.text.trimStart()
  const tail = segments[segments.length - 1]
  if (tail && !tail.match) tail.text = tail.text.replace(/[\s·]+$/, '')
  if (start > 0) segments.unshift({ text: '… ', match: false })
  if (end < text.length) segments.push({ text: ' …', match: false })
  return { segments, next: index }
}

const MAX_MATCHES = 60
const ASCII_WORD_CHAR = /[a-z0-9]/

/** Plain ASCII notes: each matched word found with indexOf on a lower-cased copy, far quicker than reading every word. */
function asciiMatches(text: string, matchedTerms: ReadonlySet<string>): WordAt[] {
  const lower = text.toLowerCase()
  const matches: WordAt[] = []
  for (const term of matchedTerms) {
    let found = 0
    for (let at = lower.indexOf(term); at !== -1 && found < MAX_MATCHES; at = lower.indexOf(term, at + 1)) {
      const end = at + term.length
      if (ASCII_WORD_CHAR.test(lower[at - 1] ?? ' ') || ASCII_WORD_CHAR.test(lower[end] ?? ' ')) continue
      matches.push({ start: at, end, term })
      found++
    }
  }
  return matches.sort((a, b) => a.start - b.start).slice(0, MAX_MATCHES)
}

function unicodeMatches(text: string, matchedTerms: ReadonlySet<string>): WordAt[] {
  const matches: WordAt[] = []
  for (const word of wordsOf(text)) {
    if (matchedTerms.has(word.term)) matches.push(word)
    if (matches.length >= MAX_MATCHES) break
  }
  return matches
}

/**
 * Up to three extracts of `text` around the words the search matched, each cut into plain and
 * matched pieces: the window marks the matches itself, so no markup ever crosses the door.
 */
export function snippetsOf(text: string, matchedTerms: ReadonlySet<string>): TextSegment[][] {
  const matches = isAscii(text) ? asciiMatches(text, matchedTerms) : unicodeMatches(text, matchedTerms)
  if (matches.length === 0) {
    const head = text.slice(0, AFTER + BEFORE)
    return head.trim() ? [[{ text: flatten(head) + (text.length > head.length ? '…' : ''), match: false }]] : []
  }
  const snippets: TextSegment[][] = []
  let next = 0
  while (next < matches.length && snippets.length < MAX_SNIPPETS) {
    const snippet = snippetAround(text, matches, next)
    snippets.push(snippet.segments)
    next = snippet.next
  }
  return snippets
}
