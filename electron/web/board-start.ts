import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ServerResponse } from 'node:http'
import { dispatch } from '../../shared/api/dispatch'
import { httpStatusOf } from '../../shared/api/errors'
import { STAGE_IDS } from '../../shared/domain/stages'
import type { Host } from '../host/host'
import { sendJson } from './api'

/**
 * The board's first page of every column in one request, which the page itself starts before its
 * script has loaded: index.html names it in a `<link rel="preload" as="fetch">`, so the host reads the
 * first cards while the browser fetches and compiles the code, and the renderer's fetch of the same
 * address takes the answer already there (renderer/transport/boardStart.ts). Each page is a
 * listStagePage call through the contract's own door, so its input is checked as any call's is.
 */
export const BOARD_START_PATH = '/api/board-start'

/**
 * Cards per column asked for: enough to fill a column on a 1080 px tall window (cardsInColumn(1080) + 1
 * in renderer/board/cardElement.ts); a taller window gets the rest with the pages that follow, just
 * after the first paint. Each card weighs about 3 KB with its follow-ups, so more would be read and
 * parsed before the first paint for nothing on most screens.
 */
export const BOARD_START_LIMIT = 7

/** The link that starts the request, as index.html carries it; the renderer finds it by `data-board-start`. */
export const BOARD_START_LINK = `<link rel="preload" as="fetch" crossorigin href="${BOARD_START_PATH}?limit=${BOARD_START_LIMIT}" data-board-start />`

/** `GET /api/board-start?limit=<n>`: `[{ stage, interviews, more }]` in board order, as one ApiResult. */
export async function handleBoardStart(host: Host, url: URL, response: ServerResponse): Promise<void> {
  const limit = Number(url.searchParams.get('limit') ?? BOARD_START_LIMIT)
  const pages = await Promise.all(
    STAGE_IDS.map(async (stage) => ({
      stage,
      result: await dispatch(host.api, 'listStagePage', { stage, limit }, console.error),
    })),
  )
  const value: unknown[] = []
  for (const { stage, result } of pages) {
    if (!result.ok) return sendJson(response, httpStatusOf(result.error.code), result)
    value.push({ stage, ...(result.value as object) })
  }
  sendJson(response, 200, { ok: true, value })
}

/** index.html with the board-start link first among the page's requests, so the host starts on it first. */
export async function indexWithBoardStart(rendererDir: string): Promise<string> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8')
  const firstRequest = /<(link|script)\b|<\/head>/i.exec(html)
  if (!firstRequest) throw new Error(`${rendererDir}/index.html has no <head>: is it Debrief's build?`)
  return `${html.slice(0, firstRequest.index)}${BOARD_START_LINK}${html.slice(firstRequest.index)}`
}
