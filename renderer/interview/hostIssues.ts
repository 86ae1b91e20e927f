import { ApiError, type FieldIssue } from '../../shared/api/errors'

export interface SortedHostError {
  /** Issues about a field the form shows, with paths relative to the form (`interviewers.0.email`). */
  fieldIssues: FieldIssue[]
  /** Everything else, for the form-level alert; null when every issue has a field to sit under. */
  formMessage: string | null
}

const FIELDS_PREFIX = 'fields.'

/**
 * Sorts a failed save into messages under fields and a message for the whole form. The host names
 * fields by their path in the call's input, where the form's values sit under `fields`.
 */
export function sortHostError(error: unknown, isShownField: (path: string) => boolean): SortedHostError {
  if (!(error instanceof ApiError)) {
    return { fieldIssues: [], formMessage: error instanceof Error ? error.message : String(error) }
  }
  const fieldIssues: FieldIssue[] = []
  const otherMessages: string[] = []
  for (const issue of error.issues) {
    const path = issue.path.startsWith(FIELDS_PREFIX) ? issue.path.slice(FIELDS_PREFIX.length) : null
    if (path && isShownField(path)) fieldIssues.push({ path, message: issue.message })
    else otherMessages.push(issue.message)
  }
  if (otherMessages.length > 0) return { fieldIssues, formMessage: otherMessages.join(' ') }
  return { fieldIssues, formMessage: fieldIssues.length > 0 ? null : error.message }
}
