import { describe, expect, it } from 'vitest'
import { summaryTemplate } from '../../shared/notes/summary'
import { notePointFrom } from './notePoint'

describe('notePointFrom', () => {
  it('takes a line the user marked as the point to mention, wherever it is', () => {
    const notes =
      '# Acme\n\n## What we talked about\n\n- Hiring plans\n\n- **Point to mention:** their move to `event-driven` billing'
    expect(notePointFrom(notes)).toBe('their move to event-driven billing')
  })

  it('else takes the first thing written under "What we talked about", without Markdown', () => {
    const notes = summaryTemplate('Acme').replace(
      '## What we talked about\n\n- ',
      '## What we talked about\n\n- [ ] How they [scale billing](https://example.com) across _twenty_ regions',
    )
    expect(notePointFrom(notes)).toBe('How they scale billing across twenty regions')
  })

  it('falls back to "Details worth keeping", and ignores the empty bullets of the template', () => {
    const notes = summaryTemplate('Acme').replace(
      '## Details worth keeping\n\n- ',
      '## Details worth keeping\n\n- The team is moving to Rust',
    )
    expect(notePointFrom(notes)).toBe('The team is moving to Rust')
    expect(notePointFrom(summaryTemplate('Acme'))).toBe('')
    expect(notePointFrom('')).toBe('')
  })

  it('takes the first sentence of a line, and of a long one its first clause: the rest may be private', () => {
    const notes = (line: string) => `## What we talked about\n- ${line}\n`
    // A walkthrough's thank-you to Ana spoke of her in the third person: "… retention cohorts. Ana liked my …".
    expect(
      notePointFrom(
        notes(
          'Team growth, the churn dashboard project, SQL case study on retention cohorts. Ana liked my cohort breakdown',
        ),
      ),
    ).toBe('Team growth')
    expect(notePointFrom(notes('Their move to Rust. Priya liked the research depth'))).toBe('Their move to Rust.')
    expect(notePointFrom(notes('Hiring plans, billing and the on-call rota'))).toBe(
      'Hiring plans, billing and the on-call rota',
    )
    // A line marked as the point is the user's own choice, kept whole.
    expect(notePointFrom('Point to mention: their move to Rust. I liked it')).toBe('their move to Rust. I liked it')
  })

  it('keeps a long point short enough for a sentence', () => {
    const point = notePointFrom(`## What we talked about\n- ${'word '.repeat(100)}`)
    expect(point.length).toBeLessThanOrEqual(200)
    expect(point.endsWith('…')).toBe(true)
  })
})
