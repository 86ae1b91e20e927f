import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { backgroundTurn, SLICE_BUDGET_MS } from '../background-slices'

/** A file the host writes piece by piece as a door sends it: an export of any size is never held whole. */
export interface DownloadFile {
  fileName: string
  /** The media type, with its charset. */
  contentType: string
  /** The file's text, a few hundred interviews' worth at a time; each piece is made only when asked for. */
  pieces(): AsyncIterable<string>
}

/** How long an offered file waits for its door to fetch it; a window fetches it at once. */
export const DOWNLOAD_WAIT_MS = 60_000

/**
 * Exports offered for download: a call answers with an id, and the door (serve-web's
 * `GET /api/download/<id>`, Electron's app:// protocol) streams the file from it. At 50,000 interviews
 * the JSON export is ~200 MB: answered as one string inside a JSON reply it held the host's every other
 * request for 21 s and took 2.7 GB. An id is random, works once, and lapses after DOWNLOAD_WAIT_MS.
 */
export class Downloads {
  private readonly offered = new Map<string, { file: DownloadFile; lapse: NodeJS.Timeout }>()

  offer(file: DownloadFile): string {
    const id = randomBytes(18).toString('base64url')
    const lapse = setTimeout(() => this.offered.delete(id), DOWNLOAD_WAIT_MS)
    lapse.unref()
    this.offered.set(id, { file, lapse })
    return id
  }

  /** The file offered under `id`, once; undefined for an unknown, used or lapsed id. */
  take(id: string): DownloadFile | undefined {
    const offered = this.offered.get(id)
    if (!offered) return undefined
    this.offered.delete(id)
    clearTimeout(offered.lapse)
    return offered.file
  }

  clear(): void {
    for (const { lapse } of this.offered.values()) clearTimeout(lapse)
    this.offered.clear()
  }
}

/**
 * The text of `items` in pieces of about `budgetMs` of work each, a piece per background turn. A fixed
 * count did not bound a piece: 500 calendar events or 250 interviews took 70–80 ms a piece at 50,000
 * interviews on this shared machine (the longest wait of the host's loop during each export). `text`
 * gets each item with its index, in order.
 */
export async function* textInPieces<T>(
  items: readonly T[],
  text: (item: T, index: number) => string,
  budgetMs = SLICE_BUDGET_MS,
): AsyncGenerator<string> {
  let next = 0
  while (next < items.length) {
    await backgroundTurn()
    const parts: string[] = []
    const until = performance.now() + budgetMs
    do parts.push(text(items[next]!, next++))
    while (next < items.length && performance.now() < until)
    yield parts.join('')
  }
}
