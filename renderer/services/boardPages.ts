import type { Client } from '../../shared/api/client'
import { MAX_IDS_PER_CALL } from '../../shared/api/limits'
import type { Interview } from '../../shared/domain/interview'
import { STAGE_IDS, type StageId } from '../../shared/domain/stages'
import { cardsInColumn } from '../ui/cardElement'

/**
 * How a window reads the board from the host: the first cards of every stage at once, so the board
 * paints, then the rest page by page (dataStore.ts keeps what arrives).
 */

const FALLBACK_WINDOW_HEIGHT = 1440
/** Small enough that reading a page (the host's, then this window's) stays well inside a frame. */
const REST_PAGE_SIZE = 200
/** While the rest arrives, the pages read so far are shown this often. */
const SHOW_ARRIVED_EVERY_MS = 250

/** The first cards of every stage, in board order: how the board opens. */
export type FirstPages = ReadonlyArray<{ stage: StageId; interviews: Interview[]; more: boolean }>

/**
 * The first cards of each stage: enough to fill the columns on this screen (five cards at 900 px, nine
 * at 1440), and one more. The first paint waits for them, and the side bar lists them: no more. The rest
 * of a large board follows in pages of REST_PAGE_SIZE.
 */
export function firstPageSize(): number {
  const height = typeof window === 'undefined' ? FALLBACK_WINDOW_HEIGHT : window.innerHeight
  return Math.min(MAX_IDS_PER_CALL, cardsInColumn(height) + 1)
}

export function firstPages(client: Client, limit: number): Promise<FirstPages> {
  return Promise.all(STAGE_IDS.map(async (stage) => ({ stage, ...(await client.listStagePage({ stage, limit })) })))
}

/**
 * The rest of each stage, page by page, handed to `show` a few pages at a time: the board renders
 * again a few times while it fills, not once a page.
 */
export async function loadRest(client: Client, pages: FirstPages, show: (arrived: Interview[]) => void): Promise<void> {
  let arrived: Interview[] = []
  let shownAt = Date.now()
  try {
    for (const first of pages) {
      let { more } = first
      let last = first.interviews.at(-1)
      while (more && last) {
        const after = { order: last.order, id: last.id }
        const page = await client.listStagePage({ stage: first.stage, after, limit: REST_PAGE_SIZE })
        arrived.push(...page.interviews)
        if (Date.now() - shownAt >= SHOW_ARRIVED_EVERY_MS) {
          show(arrived)
          arrived = []
          shownAt = Date.now()
        }
        more = page.more
        last = page.interviews.at(-1)
      }
    }
  } finally {
    show(arrived)
  }
}
