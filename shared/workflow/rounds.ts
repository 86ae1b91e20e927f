import type { FollowUpTask, Interview } from '../domain/interview'

type RoundOf = Pick<Interview, 'id' | 'company' | 'round'>
type WaitingRound = RoundOf & Pick<Interview, 'stage' | 'archived' | 'tasks'>

/** A company's name as the user may type it again: any case, spaces around it ignored. */
function companyKey(company: string): string {
  return company.trim().toLocaleLowerCase()
}

/**
 * Whether `others` hold a later round of `interview`'s process: the same company and a higher round.
 * Once it is there, "Add round 2" has been done and is no longer offered.
 */
export function hasLaterRound(interview: RoundOf, others: Iterable<RoundOf>): boolean {
  const company = companyKey(interview.company)
  for (const other of others) {
    if (other.id !== interview.id && other.round > interview.round && companyKey(other.company) === company) return true
  }
  return false
}

/** The open reply to an invitation ("Confirm the next round with …"), if there is one. */
export function openRoundReply(interview: Pick<Interview, 'tasks'>): FollowUpTask | undefined {
  return interview.tasks.find((task) => task.status === 'open' && task.kind === 'reply-quickly')
}

/**
 * The earlier rounds that adding `added` answers: the same company, a lower round, in Next round, not
 * archived, with "Confirm the next round" open. It is done once the round it asked about is on the board.
 */
export function roundsConfirmedBy<T extends WaitingRound>(added: RoundOf, others: Iterable<T>): T[] {
  const company = companyKey(added.company)
  const confirmed: T[] = []
  for (const other of others) {
    if (
      other.id !== added.id &&
      other.round < added.round &&
      other.stage === 'next-round' &&
      !other.archived &&
      companyKey(other.company) === company &&
      openRoundReply(other) !== undefined
    )
      confirmed.push(other)
  }
  return confirmed
}
