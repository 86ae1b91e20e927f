import { describe, expect, it } from 'vitest'
import type { FollowUpTask } from '../../../shared/domain/interview'
import { tasksWithOfferDecision } from '../../../shared/workflow/offer-decision'
import { tasksAfterEdit, tasksAfterStageChange } from '../../../shared/workflow/stage-hook'
import { interview, preferences, sequentialIds } from './fixtures'

const options = { newId: sequentialIds('d'), now: new Date('2026-12-02T10:00:00Z') }
const offerBy = (answerBy: string) =>
  interview({ company: 'Globex', date: '2026-11-20', outcome: { receivedOn: '2026-12-02', answerBy } }, 'offer')
const decisions = (tasks: FollowUpTask[]) => tasks.filter((task) => task.kind === 'decide-on-offer')

describe('the offer’s day to answer by', () => {
  it('is a follow-up due at the end of that working day, its deadline, once', () => {
    const tasks = tasksWithOfferDecision(offerBy('2026-12-08'), preferences(), options)
    // After the quick holding reply nothing was left, and the day appeared nowhere (a walkthrough).
    expect(decisions(tasks)).toEqual([
      {
        id: expect.any(String),
        kind: 'decide-on-offer',
        title: 'Decide on the offer from Globex',
        due: '2026-12-08T17:30',
        status: 'open',
      },
    ])
    expect(decisions(tasksWithOfferDecision({ ...offerBy('2026-12-08'), tasks }, preferences(), options))).toHaveLength(
      1,
    )
  })

  it('moves with the day, goes with it untouched, and stays once acted on', () => {
    const [planned] = tasksWithOfferDecision(offerBy('2026-12-08'), preferences(), options)
    const moved = tasksWithOfferDecision({ ...offerBy('2026-12-10'), tasks: [planned!] }, preferences(), options)
    expect(decisions(moved).map((task) => task.due)).toEqual(['2026-12-10T17:30'])
    expect(tasksWithOfferDecision({ ...offerBy(''), tasks: [planned!] }, preferences(), options)).toEqual([])
    const done = { ...planned!, status: 'done' as const }
    expect(tasksWithOfferDecision({ ...offerBy(''), tasks: [done] }, preferences(), options)).toEqual([done])
  })

  it('only in Offer: a move there plans it, a move out takes an untouched one back', () => {
    const inInterviewed = { ...offerBy('2026-12-08'), stage: 'interviewed' as const }
    expect(decisions(tasksWithOfferDecision(inInterviewed, preferences(), options))).toEqual([])
    const offered = tasksAfterStageChange(inInterviewed, 'interviewed', 'offer', preferences(), options)
    expect(decisions(offered.tasks).map((task) => task.title)).toEqual(['Decide on the offer from Globex'])
    const back = tasksAfterStageChange(
      { ...offerBy('2026-12-08'), tasks: offered.tasks },
      'offer',
      'next-round',
      preferences(),
      options,
    )
    expect(decisions(back.tasks)).toEqual([])
  })

  it('is planned by an edit that types the day in the form', () => {
    const current = offerBy('')
    const edited = tasksAfterEdit(current, offerBy('2026-12-08'), preferences(), options)
    expect(decisions(edited.tasks).map((task) => task.due)).toEqual(['2026-12-08T17:30'])
  })
})
