import { describe, expect, it } from 'vitest'
import { IMPROVE_HEADING, improvementSection, SUMMARY_SECTIONS, summaryTemplate } from '../../../shared/notes/summary'

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
