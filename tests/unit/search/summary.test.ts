import { describe, expect, it } from 'vitest'
import {
  hasSummaryContent,
  IMPROVE_HEADING,
  improvementSection,
  SUMMARY_MIN_WORDS,
  SUMMARY_SECTIONS,
  summaryTemplate,
  summaryTemplateAt,
  summaryWordCount,
  withoutEmptyTemplateItems,
} from '../../../shared/notes/summary'

describe('the summary template', () => {
  it('has a heading for every part of the summary, under the interview’s title', () => {
    const template = summaryTemplate('Acme, Backend engineer')
    expect(template.startsWith('# Acme, Backend engineer\n')).toBe(true)
    for (const section of SUMMARY_SECTIONS) expect(template).toContain(`\n## ${section}\n`)
    expect(template).toMatch(/Conditions/)
    expect(template).toMatch(/Personal traits/)
  })

  it('leaves nothing for Insights until the user writes under “where I can improve”', () => {
    const template = summaryTemplate('Acme')
    expect(improvementSection(template)).toBeNull()
    const filled = template.replace(`## ${IMPROVE_HEADING}\n\n- `, `## ${IMPROVE_HEADING}\n\n- shorter answers`)
    expect(improvementSection(filled)).toBe('- shorter answers')
  })
})

describe('what counts as the summary', () => {
  it('counts the words of the user’s own, not the template’s headings and prompts, up to the bar', () => {
    const template = summaryTemplate('Acme')
    expect(summaryWordCount(template)).toBe(0)
    const some = template.replace(`## ${IMPROVE_HEADING}\n\n- `, `## ${IMPROVE_HEADING}\n\n- shorter answers, please`)
    expect(summaryWordCount(some)).toBe(3)
    expect(hasSummaryContent(some)).toBe(false)
    const enough = `${some}\n${'word '.repeat(40)}`
    expect(summaryWordCount(enough)).toBe(SUMMARY_MIN_WORDS)
    expect(hasSummaryContent(enough)).toBe(true)
  })

  it('in notes that hold the template, counts only its sections: what was written to prepare is not the summary', () => {
    // A walkthrough's questions to ask, written days ahead, closed "Write your summary".
    const preparation = `## Questions to ask\n\n${'- how is on-call shared across the team?\n'.repeat(4)}`
    expect(summaryWordCount(preparation)).toBe(SUMMARY_MIN_WORDS)
    const withTemplate = `${preparation}\n${summaryTemplate('Hooli')}`
    expect(summaryWordCount(withTemplate)).toBe(0)
    const written = withTemplate.replace('## What went well\n\n- ', '## What went well\n\n- the system design part')
    expect(summaryWordCount(written)).toBe(4)
  })
})

describe('improvementSection', () => {
  it('ends the section at the next heading of the same or a higher level, keeping deeper ones', () => {
    const notes = '# Acme\n## Where I can improve\n### Technical\n- graphs\n## Next round\n- read up'
    expect(improvementSection(notes)).toBe('### Technical\n- graphs')
  })

  it('ignores a heading-like line inside a fenced code block', () => {
    const notes = '```\n## Where I can improve\nnot this\n```\n\n## Where to improve\n\nthis'
    expect(improvementSection(notes)).toBe('this')
  })

  it('is null without such a heading', () => {
    expect(improvementSection('## What went well\n\n- everything')).toBeNull()
  })
})

describe('summaryTemplateAt: where notes that already hold the template go on', () => {
  it('at the end of the first line written under "What we talked about"', () => {
    const notes = `Met Dana.\n\n${summaryTemplate('Acme')}`.replace(
      '## What we talked about\n\n- ',
      '## What we talked about\n\n- The migration',
    )
    const at = summaryTemplateAt(notes)!
    expect(notes.slice(0, at).endsWith('\n\n- The migration')).toBe(true)
    expect(notes[at]).toBe('\n')
  })

  it('in the template’s empty first bullet, or after a heading with nothing under it', () => {
    const template = summaryTemplate('Acme')
    expect(template.slice(0, summaryTemplateAt(template)!)).toMatch(/## What we talked about\n\n- $/)
    expect(summaryTemplateAt('## What we talked about\n\n## Next')).toBe('## What we talked about'.length)
  })

  it('nowhere in notes without that heading', () => {
    expect(summaryTemplateAt('What we talked about: pay.\n# What we talked about later')).toBeNull()
  })
})

describe('withoutEmptyTemplateItems', () => {
  it('leaves out the template’s empty bullets, and keeps the ones the user filled in', () => {
    const notes = summaryTemplate('Acme')
      .replace('## What we talked about\n\n- ', '## What we talked about\n\n- Their data platform')
      .replace('- **They asked:** ', '- **They asked:** Why data engineering?')
    const read = withoutEmptyTemplateItems(notes)
    // "They asked:" with nothing after it showed in Prepare (a walkthrough).
    expect(read).not.toMatch(/^\s*- \*\*I answered:\*\*\s*$/m)
    expect(read).not.toMatch(/^\s*- (\[ \] )?$/m)
    expect(read).toContain('- Their data platform')
    expect(read).toContain('- **They asked:** Why data engineering?')
    expect(read).toContain('## What went well')
  })

  it('keeps a list of the user’s own, ticked items too, and drops a bare dash', () => {
    const notes = '- first\n-\n  - nested\n- [x] sent it'
    expect(withoutEmptyTemplateItems(notes)).toBe('- first\n  - nested\n- [x] sent it')
  })
})
