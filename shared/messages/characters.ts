/** Counting characters the way a person (and LinkedIn's note box) sees them. */

/** LinkedIn's limit for the note on a connection request; the user can change it in Settings. */
export const LINKEDIN_NOTE_LIMIT = 300

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * User-perceived characters: an emoji with a skin tone or a family of emoji counts once, and so
 * does a letter with combining accents, where `string.length` would count several.
 */
export function characterCount(text: string): number {
  let count = 0
  for (const _segment of graphemes.segment(text)) count++
  return count
}

export function fitsLimit(text: string, limit: number): boolean {
  return characterCount(text) <= limit
}

/** The first `limit` characters, ending with an ellipsis when anything was cut. Never splits a character. */
export function truncateToLimit(text: string, limit: number): string {
  if (fitsLimit(text, limit)) return text
  if (limit <= 0) return ''
  const kept = Array.from(graphemes.segment(text), (part) => part.segment).slice(0, limit - 1)
  return `${kept.join('').trimEnd()}…`
}
