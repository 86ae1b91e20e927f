import { SUMMARY_SECTIONS } from '../../shared/notes/summary'

/**
 * The one point from the user's notes that the messages mention ("I especially enjoyed our
 * conversation about …"): a line the user marked "Point to mention: …", as written, else the first
 * topic written under "What we talked about", else under "Details worth keeping".
 */

const MAX_POINT_LENGTH = 200
const MARKED_POINT = /^\s*(?:[-*+]\s+)?[*_]{0,2}point to mention[*_]{0,2}\s*:[*_]{0,2}\s*(.+)$/im
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/
const SECTIONS_TO_SEARCH = [SUMMARY_SECTIONS[0], SUMMARY_SECTIONS[3]]

/** The words of a Markdown line without its list marker, checkbox, emphasis, code ticks or link targets. */
function plainText(line: string): string {
  return line
    .replace(/^\s*(?:[-*+]|\d+[.)])?\s*(?:\[[ xX]\]\s*)?/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim()
}

function shortened(text: string): string {
  return text.length <= MAX_POINT_LENGTH ? text : `${text.slice(0, MAX_POINT_LENGTH - 1).trimEnd()}…`
}

function firstLineUnder(lines: readonly string[], heading: string): string {
  const start = lines.findIndex((line) => HEADING.exec(line)?.[1]?.trim().toLowerCase() === heading.toLowerCase())
  if (start === -1) return ''
  for (const line of lines.slice(start + 1)) {
    if (HEADING.test(line)) return ''
    const text = plainText(line)
    if (text) return text
  }
  return ''
}

/** A topic fits a sentence whole up to this long; a longer one gives its first clause. */
const WHOLE_TOPIC_LENGTH = 60

/**
 * The first topic of a line of notes: its first sentence, and of a long one its first clause. A whole line
 * ("Team growth, the churn dashboard project, SQL case study on retention cohorts. Ana liked my cohort
 * breakdown and …") went into the thank-you to Ana, talking of her in the third person (a walkthrough).
 */
function firstTopic(line: string): string {
  const sentence = line.split(/(?<=[.!?])\s+(?=[A-Z])/)[0]!
  if (sentence.length <= WHOLE_TOPIC_LENGTH) return sentence
  return sentence.split(/\s*[,;:–—]\s+|\s+-\s+/)[0]!
}

export function notePointFrom(markdown: string): string {
  const marked = MARKED_POINT.exec(markdown)?.[1]
  if (marked && plainText(marked)) return shortened(plainText(marked))
  const lines = markdown.split(/\r?\n/)
  for (const heading of SECTIONS_TO_SEARCH) {
    const text = firstLineUnder(lines, heading)
    if (text) return shortened(firstTopic(text))
  }
  return ''
}
