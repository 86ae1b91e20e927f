import { describe, expect, it } from 'vitest'
import { isCall } from '../../../shared/workflow/task-kinds'

describe('isCall', () => {
  it('is asking for the result, or checking again, by phone; no other step reaches them at a set moment', () => {
    expect(isCall({ kind: 'inquire-result' }, { channel: 'phone' })).toBe(true)
    expect(isCall({ kind: 'check-again' }, { channel: 'phone' })).toBe(true)
    expect(isCall({ kind: 'inquire-result' }, { channel: 'email' })).toBe(false)
    for (const kind of ['thank-you-email', 'write-summary', 'formal-letter', 'linkedin-request', 'reply-quickly'])
      expect(isCall({ kind }, { channel: 'phone' })).toBe(false)
  })
})
