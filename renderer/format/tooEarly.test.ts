import { describe, expect, it } from 'vitest'
import { cityOfZone } from '../../shared/domain/time-zones'
import { tooEarlyText } from './tooEarly'

const MACHINE_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone
const FAR = MACHINE_ZONE === 'Pacific/Kiritimati' ? 'America/Los_Angeles' : 'Pacific/Kiritimati'

describe('why an interview still to come cannot move yet', () => {
  const now = new Date('2026-12-05T12:00:00Z')
  const hooli = { company: 'Hooli', date: '2026-12-10', time: '09:30' }

  it('says when it is on both clocks where the interview’s differs from the user’s', () => {
    // "…is on Thu 10 Dec, 15:30, still to come" read as a mistake to a user who had entered 09:30 in New York.
    // The user's clock first, as the card says it.
    expect(tooEarlyText({ ...hooli, timeZone: FAR }, 'thanked', now)).toMatch(
      new RegExp(
        `^Hooli’s interview is on .+, \\d\\d:\\d\\d your time · (Thu,? (10 Dec|Dec 10), )?09:30 in ${cityOfZone(FAR)}, still to come: `,
      ),
    )
    expect(tooEarlyText({ ...hooli, timeZone: MACHINE_ZONE }, 'thanked', now)).toMatch(
      /^Hooli’s interview is on Thu,? (10 Dec|Dec 10),? 09:30, still to come: it can move to Thanked once it has taken place\.$/,
    )
    expect(tooEarlyText({ ...hooli, timeZone: MACHINE_ZONE }, 'offer', now)).toBeNull()
  })
})
