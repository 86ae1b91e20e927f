import type { Interview } from '../../shared/domain/interview'
import type { StageId } from '../../shared/domain/stages'

/** One column's first cards, as listStagePage answers. */
export interface StagePage {
  stage: StageId
  interviews: Interview[]
  more: boolean
}

function isOkResult(body: unknown): body is { ok: true; value: StagePage[] } {
  return typeof body === 'object' && body !== null && 'ok' in body && body.ok === true && 'value' in body
}

/**
 * The board's first page of every column, which the page's HTML started fetching before this script
 * ran (BOARD_START_LINK in electron/web/board-start.ts): this fetch of the same address takes that
 * answer. Null where the page started none (the desktop app, whose calls go over IPC); null too when
 * it failed, and the board then asks column by column as it would without it.
 */
export function preloadedFirstPages(): Promise<StagePage[] | null> | null {
  const link = document.querySelector<HTMLLinkElement>('link[rel="preload"][data-board-start]')
  if (!link) return null
  // The same mode and credentials as the link (crossorigin="anonymous"), or the browser fetches it again.
  return fetch(link.href, { credentials: 'same-origin' })
    .then((response) => response.json() as Promise<unknown>)
    .then((body) => (isOkResult(body) ? body.value : null))
    .catch(() => null)
}
