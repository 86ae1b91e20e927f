import { describe, expect, it } from 'vitest'
import { ApiError } from '../../shared/api/errors'
import { sortHostError } from './hostIssues'

const shown = new Set(['company', 'interviewers.0.email'])
const isShown = (path: string) => shown.has(path)

describe('sortHostError', () => {
  it('puts an issue under the field the host named, without the leading `fields.`', () => {
    const error = new ApiError({
      code: 'invalid-input',
      message: 'fields.interviewers.0.email: Must be an email address',
      issues: [{ path: 'fields.interviewers.0.email', message: 'Must be an email address' }],
    })
    expect(sortHostError(error, isShown)).toEqual({
      fieldIssues: [{ path: 'interviewers.0.email', message: 'Must be an email address' }],
      formMessage: null,
    })
  })

  it('sends issues about fields the form does not show to the form-level message', () => {
    const error = new ApiError({
      code: 'invalid-input',
      message: 'two problems',
      issues: [
        { path: 'fields.company', message: 'Company is required' },
        { path: 'fields.outcome.note', message: 'Outcome note must be at most 5000 characters' },
        { path: 'stage', message: 'Must be one of the stages' },
      ],
    })
    const sorted = sortHostError(error, isShown)
    expect(sorted.fieldIssues).toEqual([{ path: 'company', message: 'Company is required' }])
    expect(sorted.formMessage).toBe('Outcome note must be at most 5000 characters Must be one of the stages')
  })

  it('shows the host’s message when there is no issue to place', () => {
    const error = new ApiError({ code: 'storage', message: 'The disk is full' })
    expect(sortHostError(error, isShown)).toEqual({ fieldIssues: [], formMessage: 'The disk is full' })
    expect(sortHostError(new TypeError('boom'), isShown).formMessage).toBe('boom')
  })
})
