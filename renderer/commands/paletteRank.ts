/**
 * How well a palette entry ("Board: Move card to…") matches what was typed, from cmdk's fuzzy score
 * `fuzzy`. A title the query spells out whole ("move card to" for "Move card to…") wins, then titles
 * that start with the query, the closest in length first, so Enter runs the command the user named
 * rather than a longer one that happens to score as well ("Move card to the next stage"); then those
 * whose title holds its words, then those whose category starts with it, in the registry's order. A command's `keywords` are words it answers to.
 */
export function rankCommand(value: string, query: string, fuzzy: number, keywords: readonly string[] = []): number {
  if (fuzzy <= 0) return 0
  const search = query.trim().toLowerCase()
  if (!search) return fuzzy
  if (!matchesWords([value, ...keywords].join(' ').toLowerCase(), search)) return 0
  const title = value
    .slice(value.indexOf(': ') + 2)
    .toLowerCase()
    .replace(/…$/, '')
  if (title === search) return 3
  if (title.startsWith(search)) return 2 + search.length / title.length / 2
  // The category ("follow" for "Follow-ups: …"): the entries it starts rank alike, in the registry's
  // order, which puts the command used most first. By fuzzy score, "Export follow-ups to calendar
  // (.ics)" came first, and Enter downloaded a file (a walkthrough). A title that holds the word typed
  // ranks above the category alone: "board" put "Board: Move card to the next stage" above "View: Show
  // board", and Enter moved a card (a walkthrough).
  const inCategory = value.toLowerCase().startsWith(search)
  // The shorter title first, as above: "Show board" before "Toggle compact board".
  if (startsWordsOf(title, search)) return inCategory ? 1.75 : 1.5 + search.length / title.length / 4
  if (inCategory) return 1
  return fuzzy / 2
}

const WORD_BREAK = /[^\p{L}\p{N}]+/u

/** Whether each word typed starts a word of `text` ("rem sam" in "remove sample interviews"). */
function startsWordsOf(text: string, search: string): boolean {
  const words = text.split(WORD_BREAK)
  return search.split(/\s+/).every((typed) => words.some((word) => word.startsWith(typed)))
}

/**
 * Whether an entry answers the query as VS Code's palette has it: the query whole inside the entry
 * ("card to"), or each word typed starting a word of it ("rem sam" for "Board: Remove sample
 * interviews"). cmdk's fuzzy score alone kept any entry holding the letters in order, far apart:
 * "result" listed "Notes: Insert summary template" (a walkthrough).
 */
function matchesWords(value: string, search: string): boolean {
  return value.includes(search) || startsWordsOf(value, search)
}
