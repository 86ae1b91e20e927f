/** Words too common to say anything about what keeps coming back. */
const STOP_WORDS = new Set(
  (
    'about above after again also because been before being below between both could does doing down during each ' +
    'every from further have having here into just like more most much must next only other over same should some ' +
    'such than that their them then there these they this those through under until very were what when where ' +
    'which while will with would your yours more less make made need needs next time times really still better ' +
    'improve improving instead without'
  ).split(' '),
)

export interface RecurringWord {
  word: string
  /** In how many interviews' sections it appears. */
  count: number
}

function wordsIn(text: string): Set<string> {
  const words = new Set<string>()
  for (const match of text.toLocaleLowerCase().matchAll(/\p{L}[\p{L}'-]*\p{L}/gu)) {
    const word = match[0]
    if (word.length >= 4 && !STOP_WORDS.has(word)) words.add(word)
  }
  return words
}

/** The words that appear in the improvement notes of at least two interviews, most frequent first. */
export function recurringWords(sections: readonly string[], limit = 12): RecurringWord[] {
  const counts = new Map<string, number>()
  for (const section of sections) {
    for (const word of wordsIn(section)) counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  return [...counts]
    .filter(([, count]) => count >= 2)
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .slice(0, limit)
    .map(([word, count]) => ({ word, count }))
}

export function mentions(section: string, word: string): boolean {
  return wordsIn(section).has(word)
}
