import type { Interview } from '../domain/interview'

type RoundOf = Pick<Interview, 'id' | 'company' | 'round'>

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
