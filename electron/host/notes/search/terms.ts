/** How notes and names are cut into words, shared by the index and the snippet highlighter so they agree. */

/** A word is a run of letters, digits and marks; everything else (spaces, punctuation, Markdown) separates. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu
const ASCII = /^[\p{ASCII}]*$/u

/** Lower case without accents, so "resume" finds "Résumé" and "muller" finds "Müller". */
export function normalizeTerm(term: string): string {
  // Most words are plain ASCII, and lower-casing is all they need; the slower path is for the rest.
  if (ASCII.test(term)) return term.toLowerCase()
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

export function isAscii(text: string): boolean {
  return ASCII.test(text)
}

/** The words of `text` as the index keeps them; the same as wordsOf, faster for plain ASCII text. */
export function termsOf(text: string): string[] {
  if (ASCII.test(text)) return text.toLowerCase().split(ASCII_SEPARATOR).filter(Boolean)
  return Array.from(text.matchAll(WORD), (match) => normalizeTerm(match[0]))
}

const ASCII_SEPARATOR = /[^a-z0-9]+/

export interface WordAt {
  start: number
  end: number
  term: string
}

/** Every word of `text` with where it sits, as the index saw it. */
export function* wordsOf(text: string): Generator<WordAt> {
  for (const match of text.matchAll(WORD)) {
    yield { start: match.index, end: match.index + match[0].length, term: normalizeTerm(match[0]) }
  }
}
