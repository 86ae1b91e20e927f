import type { FollowUpTask, Interview, SentMessage } from '../../shared/domain/interview'
import { markedSentText } from '../../shared/messages/marked-sent'
import type { ReachedStage } from '../../shared/workflow/progress'
import { zonedWall } from './zonedTimes'

/**
 * What marking a follow-up done says, `forCompany` where the interview is not on screen: "Marked “…”
 * done." A result inquiry's done also says when the check again it planned comes (progress.ts
 * withCheckAgain), so asking does not seem to end in silence; a thank-you's, the question about the
 * decision that it asked with it (progress.ts decisionStillToAsk), which is closed out of sight.
 */
export function doneText(
  task: Pick<FollowUpTask, 'id' | 'title' | 'kind'>,
  after: Pick<Interview, 'tasks' | 'timeZone'> | null,
  forCompany?: string,
): string {
  // A title that names the company already does not get it again: "Marked “Confirm the next round with
  // Quill Publishing” done for Quill Publishing." (a walkthrough).
  const named = forCompany && !task.title.includes(forCompany) ? ` for ${forCompany}` : ''
  return withWhatFollows(`Marked “${task.title}” done${named}.`, task, after)
}

/**
 * What Mark sent (or Mark called) says: the button's words and the message that went, "Marked sent: the
 * email to Dana Reyes." It said "Marked “Call Dana Reyes …” done." of an email, and "Undid “Mark done
 * …”" after Mark sent (a walkthrough). Then what followed, as doneText says it.
 */
export function sentText(
  sent: SentMessage,
  task: Pick<FollowUpTask, 'id' | 'title' | 'kind'>,
  after: Pick<Interview, 'tasks' | 'timeZone'> | null,
): string {
  return withWhatFollows(markedSentText(sent), task, after)
}

/** `said` with what the follow-up's done closed or planned besides. */
function withWhatFollows(
  said: string,
  task: Pick<FollowUpTask, 'id' | 'kind'>,
  after: Pick<Interview, 'tasks' | 'timeZone'> | null,
): string {
  const doneAt = after?.tasks.find((each) => each.id === task.id)?.completedAt
  const asked = after?.tasks.find((each) => each.closedBy === 'asked-in-thanks' && each.completedAt === doneAt)
  if (asked) return `${said} “${asked.title}” is done too: the thank-you asked it.`
  const checkAgain = after && task.kind === 'inquire-result' ? checkAgainText(after) : undefined
  return checkAgain ? `${said} ${checkAgain}` : said
}

/**
 * When the check again that asking about the result planned comes: "No answer by …? Debrief reminds you…",
 * on the user's clock: a reminder to them.
 */
export function checkAgainText(after: Pick<Interview, 'tasks' | 'timeZone'>): string | undefined {
  const checkAgain = after.tasks.find((each) => each.kind === 'check-again' && each.status === 'open')
  if (!checkAgain) return undefined
  return `No answer by ${zonedWall(checkAgain.due, after.timeZone, { theirClock: false })}? Debrief reminds you to check again then.`
}

/** Named while a toast can hold the names: two at most, then how many more. */
const NAMED_AT_MOST = 2

/**
 * What a move says of the follow-ups it skipped, by name: "Skipped “Send a LinkedIn request to Priya
 * Shah” and “Send a formal letter to Priya Shah”." A count alone ("Skipped 2 earlier follow-ups") left
 * the user to guess which went (a walkthrough).
 */
export function skippedText(titles: readonly string[]): string {
  if (titles.length <= NAMED_AT_MOST) return `Skipped ${namedFollowUps(titles)}.`
  return `Skipped ${titles.length} earlier follow-ups: ${namedFollowUps(titles)}.`
}

/** Follow-ups by name, two at most, then how many more: "“A”, “B” and 3 more". */
export function namedFollowUps(titles: readonly string[]): string {
  const quoted = titles.map((title) => `“${title}”`)
  if (quoted.length <= NAMED_AT_MOST) return quoted.join(' and ')
  return `${quoted.slice(0, NAMED_AT_MOST).join(', ')} and ${quoted.length - NAMED_AT_MOST} more`
}

/**
 * What was done that a stage stands for, in the user's words ("done up to Result inquired" read as jargon);
 * with one of them skipped, it says so ("Every thank-you is sent" followed a skipped one: a walkthrough).
 */
export function reachedText(stage: ReachedStage, tasks: readonly FollowUpTask[]): string {
  if (stage === 'result-inquired') return 'You have asked about the result'
  const kind = stage === 'thanked' ? 'thank-you-email' : 'formal-letter'
  const ofKind = tasks.filter((task) => task.kind === kind)
  const sentOrSkipped = ofKind.some((task) => task.status !== 'done') ? ' sent or skipped' : ' sent'
  if (stage === 'thanked') return `Every thank-you is${sentOrSkipped}`
  return ofKind.length > 1 ? `Every thank-you letter is${sentOrSkipped}` : `The thank-you letter is${sentOrSkipped}`
}
