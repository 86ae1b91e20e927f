import { describe, expect, it } from 'vitest'
import { boardInterviews } from '../bench/board-data'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'
import { seedInterviews, storedInterview } from './support/seed-board'

/** A few hundred at most: the columns are virtualised, so the page does not grow with the board. */
const MOST_CARDS_IN_PAGE = 300

describe.skipIf(!hasChromium)('a board of 10,000 interviews', () => {
  const session = useAppSession()

  it('opens with every column counted, keeps the card elements in the page to a few hundred, and takes a drag', async () => {
    const workbench = await session.open({
      seed: (dataDir) => seedInterviews(dataDir, boardInterviews(10_000, new Date())),
    })
    const { board } = workbench
    await board.allCards.first().waitFor()
    await expect.poll(() => board.column('Interviewed').getByText('1250', { exact: true }).count()).toBe(1)
    expect(await board.allCards.count()).toBeLessThan(MOST_CARDS_IN_PAGE)

    const [source] = await board.companiesIn('Interviewed')
    const [firstThanked] = await board.companiesIn('Thanked')
    await board.drag(board.cardOf(source!, 'Interviewed'), board.cardOf(firstThanked!, 'Thanked'), 'top')
    await expect.poll(async () => (await board.companiesIn('Thanked'))[0]).toBe(source)
    expect(await board.allCards.count()).toBeLessThan(MOST_CARDS_IN_PAGE)

    const id = await board.cardOf(source!, 'Thanked').getAttribute('data-card-id')
    await expect.poll(async () => (await storedInterview(session.dataDir, id!))?.stage).toBe('thanked')
  }, 120_000)
})
