/**
 * The post-interview summary: the template the notes editor inserts, and how the host finds its
 * "where I can improve" section again for the Insights view. One module, so the heading the editor
 * writes is the heading the host looks for.
 */

export const IMPROVE_HEADING = 'Where I can improve'

/** Headings users write for the same idea, besides the template's own. */
const IMPROVE_HEADING_PATTERN = /^(where (i can|to|i could) improve|to improve|areas? (to|for) improve(ment)?)\b/i

export const SUMMARY_SECTIONS = [
  'What we talked about',
  'What they are looking for',
  'Questions they asked, and how I answered',
  'Details worth keeping',
  'What went well',
  IMPROVE_HEADING,
  'To prepare for a next round',
] as const

/** The template, with a one-line prompt under each heading; empty bullets are where the typing goes. */
export function summaryTemplate(title: string): string {
  return [
    `# ${title}`,
    '',
    `## ${SUMMARY_SECTIONS[0]}`,
    '',
    '- ',
    '',
    `## ${SUMMARY_SECTIONS[1]}`,
    '',
    '**Conditions** (hours, place, pay, start date, travel):',
    '',
    '- ',
    '',
    '**Personal traits** they want to see:',
    '',
    '- ',
    '',
    `## ${SUMMARY_SECTIONS[2]}`,
    '',
    '- **They asked:** ',
    '  - **I answered:** ',
    '',
    `## ${SUMMARY_SECTIONS[3]}`,
    '',
    '- ',
    '',
    `## ${SUMMARY_SECTIONS[4]}`,
    '',
    '- ',
    '',
    `## ${SUMMARY_SECTIONS[5]}`,
    '',
    '- ',
    '',
    `## ${SUMMARY_SECTIONS[6]}`,
    '',
    '- [ ] ',
    '',
  ].join('\n')
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/

/**
 * Where notes that already hold the template's first section continue it: the end of the first line
 * under its heading that is not blank (a bullet, where typing goes on), or the end of the heading's own
 * line. Null when no such heading is there. Inserted a second time, the template doubled the notes
 * (a walkthrough).
 */
export function summaryTemplateAt(markdown: string): number | null {
  const lines = markdown.split('\n')
  let offset = 0
  for (let index = 0; index < lines.length; index++) {
    const match = HEADING.exec(lines[index]!.replace(/\r$/, ''))
    offset += lines[index]!.length + 1
    if (!match || match[2] !== SUMMARY_SECTIONS[0]) continue
    let end = offset - 1
    for (let next = index + 1; next < lines.length && !HEADING.test(lines[next]!); next++) {
      end += lines[next]!.length + 1
      if (lines[next]!.trim() !== '') return end
    }
    return offset - 1
  }
  return null
}
const FENCE = /^ {0,3}(`{3,}|~{3,})/

/** Whether a section holds anything beyond the template's empty bullets and checkboxes. */
function hasContent(lines: readonly string[]): boolean {
  return lines.some((line) => line.replace(/^\s*(?:[-*+]|\d+[.)])?\s*(?:\[[ xX]\])?\s*/, '').trim() !== '')
}

/**
 * The text under the first "where I can improve" heading, up to the next heading of the same or a
 * higher level; null when there is none or it holds only the template's empty bullets.
 */
export function improvementSection(markdown: string): string | null {
  const lines = markdown.split(/\r?\n/)
  let fence: string | null = null
  let level = 0
  let start = -1
  let end = lines.length
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const fenceMatch = FENCE.exec(line)
    if (fenceMatch) {
      const marker = fenceMatch[1]!
      if (fence === null) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null
      continue
    }
    if (fence !== null) continue
    const heading = HEADING.exec(line)
    if (!heading) continue
    const headingLevel = heading[1]!.length
    if (start === -1) {
      if (IMPROVE_HEADING_PATTERN.test(heading[2]!)) {
        level = headingLevel
        start = index + 1
      }
    } else if (headingLevel <= level) {
      end = index
      break
    }
  }
  if (start === -1) return null
  const section = lines.slice(start, end)
  return hasContent(section) ? section.join('\n').trim() : null
}

/** The template's own lines (headings, prompts, empty bullets), which say nothing by themselves. */
const TEMPLATE_LINES = new Set(
  summaryTemplate('')
    .split('\n')
    .map((line) => line.trim()),
)

/**
 * Words of the user's own it takes for the notes to count as the summary: a sentence or two. The notes
 * are saved as the user types, so a lower bar closed "Write your summary" on the first word ("ok").
 */
export const SUMMARY_MIN_WORDS = 20

/**
 * Whether the notes hold a summary: SUMMARY_MIN_WORDS words of the user's own, beyond headings and
 * the template's prompts and empty bullets. Saving such notes closes "Write your summary".
 */
export function hasSummaryContent(markdown: string): boolean {
  return summaryWordCount(markdown) >= SUMMARY_MIN_WORDS
}

const SUMMARY_HEADINGS: ReadonlySet<string> = new Set(SUMMARY_SECTIONS)

/**
 * The words of the user's own in the notes (hasSummaryContent), counted up to SUMMARY_MIN_WORDS. Notes
 * that hold the template count only its sections: what was written before the interview, to prepare,
 * is not its summary (a walkthrough's questions to ask closed "Write your summary" days ahead).
 */
export function summaryWordCount(markdown: string): number {
  const lines = markdown.split(/\r?\n/)
  const hasTemplate = lines.some((line) => SUMMARY_HEADINGS.has(HEADING.exec(line)?.[2] ?? ''))
  let inSummary = !hasTemplate
  let words = 0
  for (const line of lines) {
    const heading = HEADING.exec(line)
    if (heading && hasTemplate) inSummary = SUMMARY_HEADINGS.has(heading[2]!)
    if (heading || !inSummary || TEMPLATE_LINES.has(line.trim()) || !hasContent([line])) continue
    words += line.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
    if (words >= SUMMARY_MIN_WORDS) return SUMMARY_MIN_WORDS
  }
  return words
}

/** A list item of the template's own, left as the template wrote it: "- ", "- **They asked:** ", "- [ ] ". */
function isEmptyTemplateItem(line: string): boolean {
  const trimmed = line.trim()
  return /^[-*+]/.test(trimmed) && TEMPLATE_LINES.has(trimmed)
}

/**
 * The notes without the template's bullets left empty, for reading back (Prepare for a next round):
 * round 1's "They asked: / I answered:" showed there with nothing after them (a walkthrough).
 */
export function withoutEmptyTemplateItems(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !isEmptyTemplateItem(line))
    .join('\n')
}
