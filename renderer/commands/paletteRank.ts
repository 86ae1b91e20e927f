/**
 * How well a palette entry ("Board: Move card to…") matches what was typed, from cmdk's fuzzy score
 * `fuzzy`. A title the query spells out whole ("move card to" for "Move card to…") wins, then titles
 * that start with the query, the closest in length first, so Enter runs the command the user named
 * rather than a longer one that happens to score as well ("Move card to the next stage"); then those
 * whose category starts with it, in the registry's order. A command's `keywords` are words it answers to.
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
  // The category alone ("follow" for "Follow-ups: …"): all rank alike, in the registry's order, which puts
  // the command used most first. By fuzzy score, "Export follow-ups to calendar (.ics)" came first, and
  // Enter downloaded a file (a walkthrough).
  if (value.toLowerCase().startsWith(search)) return 1
  return fuzzy / 2
}

/**
 * Whether an entry answers the query as VS Code's palette has it: the query whole inside the entry
 * ("card to"), or each word typed starting a word of it ("rem sam" for "Board: Remove sample
 * interviews"). cmdk's fuzzy score alone kept any entry holding the letters in order, far apart:
 * "result" listed "Notes: Insert summary template" (a walkthrough).
 */
function matchesWords(value: string, search: string): boolean {
  if (value.includes(search)) return true
  const words = value.split(/[^\p{L}\p{N}]+/u)
  return search.split(/\s+/).every((typed) => words.some((word) => word.startsWith(typed)))
}
