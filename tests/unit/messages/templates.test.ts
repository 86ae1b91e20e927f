import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LINKEDIN_NOTE_LIMIT, characterCount, fitsLimit } from '../../../shared/messages/characters'
import type { MessageContext, RenderedMessage } from '../../../shared/messages/context'
import { MESSAGE_TEMPLATES, MESSAGE_TEMPLATE_IDS, type MessageTemplateId } from '../../../shared/messages/registry'
import { callWindowText, placeholdersIn } from '../../../shared/messages/wording'
import { blankInterview, dana, fullInterview, person, sam, sparseInterview } from './fixtures'

const full: MessageContext = {
  interview: fullInterview,
  recipient: dana,
  sender: { name: 'Alex Kim' },
  notePoint: 'their move to event-driven billing.',
  callWindow: 'Monday 9 November, 10:00–12:00',
}
const sparse: MessageContext = { interview: sparseInterview }
const blank: MessageContext = { interview: blankInterview, recipient: { name: '  ' }, sender: { name: '' } }
/** A name ending in a full stop, at the end of a sentence: "…position at Brightline Inc.." (a walkthrough). */
const abbreviated: MessageContext = { ...full, interview: { ...fullInterview, company: 'Brightline Inc.' } }

function render(id: MessageTemplateId, context: MessageContext): RenderedMessage {
  return MESSAGE_TEMPLATES[id].render(context)
}

function allText(message: RenderedMessage): string {
  return `${message.subject ?? ''}\n${message.body}`
}

describe.each([
  ['a full interview', full],
  ['a sparse interview', sparse],
  ['a blank record', blank],
  ['a company named with a full stop', abbreviated],
])('every template for %s', (_name, context) => {
  it.each(MESSAGE_TEMPLATE_IDS)('%s reads cleanly', (id) => {
    const message = render(id, context)
    const text = allText(message)
    expect(message.body.length).toBeGreaterThan(40)
    expect(text).not.toMatch(/undefined|null|NaN|\[object/)
    expect(text).not.toMatch(/ {2}/)
    expect(text).not.toMatch(/ [,.;:!?]/)
    expect(text).not.toMatch(/(?<!\.)\.\.(?!\.)/)
    expect(text).not.toMatch(/\bDear ?,|\b(Hello|Hi) ,/)
    expect(text).not.toMatch(/[ \t]$/m)
    expect(message.body).not.toMatch(/\n{3}/)
    expect(message.subject ?? '').not.toMatch(/\n/)
  })
})

describe('a thank-you asks what was not asked of the decision at the interview', () => {
  const asked = (decision: Partial<MessageContext['interview']['decision']>) => ({
    ...full,
    decisionToAsk: true,
    interview: { ...fullInterview, decision: { ...fullInterview.decision, ...decision } },
  })

  it.each(['thank-you-interviewer', 'thank-you-arranger'] as const)('%s asks only what is not known', (id) => {
    expect(render(id, asked({ channel: '' })).body).toContain(
      'Could you also let me know how I will hear about the decision?',
    )
    expect(render(id, asked({ expectedDate: '' })).body).toContain(
      'Could you also let me know when you expect to reach a decision?',
    )
    expect(render(id, asked({ expectedDate: '', channel: '' })).body).toContain(
      'Could you also let me know when you expect to reach a decision, and who will tell me and how?',
    )
    expect(render(id, full).body).not.toContain('Could you also let me know')
  })
})

describe('the full interview’s details reach the messages', () => {
  it.each(MESSAGE_TEMPLATE_IDS)('%s names the recipient and the company', (id) => {
    const text = allText(render(id, full))
    expect(text).toContain('Dana Smith')
    expect(text).toContain("Zoë O'Brien & Søn")
  })

  it('signs every written message with the user’s name', () => {
    const written = MESSAGE_TEMPLATE_IDS.filter(
      (id) => !['linkedin-note', 'result-inquiry-call', 'check-again-call'].includes(id),
    )
    for (const id of written) expect(render(id, full).body).toMatch(/\nAlex Kim$/)
  })

  it('thanks the interviewer for the day of the interview, with a point from the notes', () => {
    const message = render('thank-you-interviewer', full)
    expect(message.subject).toBe('Thank you – Senior Engineer interview')
    expect(message.body).toMatch(/^Dear Dana Smith,\n\n/)
    expect(message.body).toContain('on Friday 23 October about the Senior Engineer position at')
    expect(message.body).toContain('our conversation about your move to event-driven billing,')
  })

  it('writes a point that starts as a sentence does small inside the sentence, and leaves names as they are', () => {
    const about = (notePoint: string) => render('thank-you-interviewer', { ...full, notePoint }).body
    expect(about('Their move from Angular to React.')).toContain(
      'our conversation about your move from Angular to React,',
    )
    expect(about('How they run on-call')).toContain('our conversation about how they run on-call,')
    expect(about('Kubernetes at scale')).toContain('our conversation about Kubernetes at scale,')
    expect(about('AWS costs')).toContain('our conversation about AWS costs,')
    expect(about('A/B testing')).toContain('our conversation about A/B testing,')
    expect(render('linkedin-note', { ...full, notePoint: 'Their move to React' }).body).toContain(
      'I enjoyed our talk about your move to React.',
    )
    // "your churn model … and how they validate" changed who it spoke of halfway (a walkthrough).
    const churn = 'Their churn model and how they validate features with the product team'
    expect(render('linkedin-note', { ...full, notePoint: churn }).body).toContain(
      'I enjoyed our talk about their churn model and how they validate features with the product team.',
    )
  })

  it('thanks the arranger for organising it and names the interviewers', () => {
    const body = render('thank-you-arranger', { ...full, recipient: sam }).body
    expect(body).toMatch(/^Dear Sam Ortiz,/)
    expect(body).toContain('organising my second interview')
    expect(body).toContain('to meet Dana Smith and Lee Park.')
    const alsoInterviewed = render('thank-you-arranger', { ...full, recipient: dana }).body
    expect(alsoInterviewed).toContain('to meet Lee Park.')
  })

  it('leaves a line in the formal letter for something of interest to the company', () => {
    const withPoint = render('formal-letter', full).body
    expect(withPoint).toContain('one point has stayed with me: your move to event-driven billing.')
    // A sentence from the notes, naming the person the letter goes to, is said to them: it read "kept
    // thinking about Lukas asked how I would …" in a letter to Lukas (a walkthrough).
    const recipient = full.recipient!
    const first = recipient.name.split(' ')[0]
    const sentence = render('formal-letter', {
      ...full,
      notePoint: `${first} asked how I would migrate the old screens`,
    }).body
    expect(sentence).toContain('one point has stayed with me: you asked how I would migrate the old screens.')
    expect(placeholdersIn(withPoint)).toEqual([
      "[Add an idea, example or resource that could help Zoë O'Brien & Søn with it]",
    ])
    const withoutPoint = render('formal-letter', sparse).body
    expect(withoutPoint).toMatch(/^Dear Acme team,/)
    expect(placeholdersIn(withoutPoint)).toHaveLength(1)
    expect(placeholdersIn(withoutPoint)[0]).toContain('of interest to Acme')
  })

  it('asks about the result with the expected decision day, or without it when unknown', () => {
    expect(render('result-inquiry-email', full).body).toContain('a decision might come around Friday 6 November')
    expect(render('result-inquiry-email', sparse).body).not.toContain('decision might come')
  })

  it('follows up the asking with a message that recalls it, not the same message again', () => {
    const asked = { ...full, askedOn: '2026-11-10' }
    for (const [first, again] of [
      ['result-inquiry-email', 'check-again-email'],
      ['result-inquiry-call', 'check-again-call'],
    ] as const) {
      const followUp = render(again, asked).body
      expect(followUp).toContain('I got in touch on Tuesday 10 November to ask about the decision')
      expect(followUp).not.toBe(render(first, asked).body)
      expect(render(again, full).body).toContain('I got in touch recently to ask about the decision')
    }
    expect(render('check-again-email', asked).subject).toBe('Following up on the Senior Engineer position')
    expect(render('check-again-call', asked).body).toMatch(/^Good time to call: Monday 9 November, 10:00–12:00\./)
  })

  it('puts the call window at the top of the phone script, with friendly advice when none is given', () => {
    const script = render('result-inquiry-call', full)
    expect(script.subject).toBeUndefined()
    expect(script.body).toMatch(/^Good time to call: Monday 9 November, 10:00–12:00\./)
    expect(script.body).toContain('this is Alex Kim. May I speak with Dana Smith, please?')
    expect(render('result-inquiry-call', sparse).body).toMatch(/^Good time to call: mid-morning or mid-afternoon/)
  })

  it('leaves the user’s answer to an offer and times for a next round as placeholders', () => {
    expect(placeholdersIn(render('offer-reply', full).body)).toHaveLength(1)
    expect(placeholdersIn(render('next-round-reply', full).body)).toEqual(['[suggest two or three dates and times]'])
  })

  it('keeps the door open after a rejection', () => {
    const body = render('rejection-thank-you', full).body
    expect(body).toContain("future openings at Zoë O'Brien & Søn")
    // To each interviewer, who may not be the one who told: it thanked them for "letting me know your decision".
    expect(body).toContain('I was sorry to hear that I was not selected for the ')
    expect(body).not.toContain('letting me know')
    expect(body).toContain('our discussion of your move to event-driven billing.')
  })

  it('falls back to neutral greetings and a bare closing when names are missing', () => {
    expect(render('thank-you-interviewer', sparse).body).toMatch(/^Hello,\n\n[\s\S]*Kind regards,$/)
    expect(render('formal-letter', blank).body).toMatch(/^Dear hiring team,/)
    expect(render('thank-you-interviewer', blank).body).toContain('about the position.')
  })

  it('formats a dated call window for the script', () => {
    expect(callWindowText({ date: '2026-11-03', start: '10:00', end: '12:00' })).toBe('Tuesday 3 November, 10:00–12:00')
  })
})

describe('the LinkedIn note', () => {
  const longName = 'Maximiliana Wolkenstein-Rodenegg '.repeat(6).trim()
  const long: MessageContext = {
    ...full,
    interview: {
      ...fullInterview,
      company: 'Internationale Gesellschaft für Zusammenarbeit '.repeat(4).trim(),
      role: 'Principal Staff Software Engineer, Platform Reliability '.repeat(3).trim(),
    },
    recipient: person(longName),
    notePoint: 'how they roll out changes across twenty regions without downtime '.repeat(3),
  }

  it('says who the user is and what they talked about when it fits', () => {
    const body = render('linkedin-note', full).body
    expect(body).toBe(
      "Hello Dana Smith, it was a pleasure to meet you on Friday 23 October when I interviewed for the Senior Engineer position at Zoë O'Brien & Søn. I enjoyed our talk about your move to event-driven billing. I would be glad to stay connected.",
    )
    expect(fitsLimit(body, LINKEDIN_NOTE_LIMIT)).toBe(true)
  })

  it('stays within the default limit for very long names', () => {
    const body = render('linkedin-note', long).body
    expect(characterCount(body)).toBeLessThanOrEqual(LINKEDIN_NOTE_LIMIT)
    expect(body).toContain('stay connected')
  })

  it.each([200, 120, 60, 20])('stays within a limit of %i set in preferences', (limit) => {
    const body = render('linkedin-note', { ...long, linkedInLimit: limit }).body
    expect(characterCount(body)).toBeLessThanOrEqual(limit)
    expect(body.length).toBeGreaterThan(0)
  })

  it('drops the note point before the role when the limit is tight', () => {
    const body = render('linkedin-note', { ...full, linkedInLimit: 200 }).body
    expect(body).not.toContain('event-driven billing')
    expect(body).toContain('Senior Engineer position')
  })

  it('says when it leaves the note point out, so the form can tell why (it dropped it in silence)', () => {
    expect(render('linkedin-note', { ...full, linkedInLimit: 200 }).notePointLeftOut).toBe(true)
    expect(render('linkedin-note', full).notePointLeftOut).toBeUndefined()
    expect(render('linkedin-note', { ...full, notePoint: ' ', linkedInLimit: 200 }).notePointLeftOut).toBeUndefined()
  })
})

/** "Our own words": no run of eight words from the source article appears in any message. */
const articleUrl = new URL('../../../../shared/reference/interview-follow-up-article.txt', import.meta.url)

describe.skipIf(!existsSync(articleUrl))('the wording', () => {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[\p{L}\p{N}']+/gu) ?? []
  const runs = (text: string) => {
    const list = words(text)
    return new Set(list.slice(0, Math.max(0, list.length - 7)).map((_, i) => list.slice(i, i + 8).join(' ')))
  }
  // describe.skipIf still runs this body: read only what is there.
  const article = existsSync(articleUrl) ? runs(readFileSync(articleUrl, 'utf8')) : new Set<string>()

  it('recognises a run copied from the article', () => {
    expect(article.size).toBeGreaterThan(500)
    expect(
      [...runs('The interviewer’s business card will give you access to it.')].some((run) => article.has(run)),
    ).toBe(true)
  })

  it.each(MESSAGE_TEMPLATE_IDS)('%s shares no eight-word run with the article', (id) => {
    for (const context of [full, sparse]) {
      const shared = [...runs(allText(render(id, context)))].filter((run) => article.has(run))
      expect(shared).toEqual([])
    }
  })
})
