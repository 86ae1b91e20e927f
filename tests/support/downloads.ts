import type { Download } from '../../shared/api/contract'
import type { Host } from '../../electron/host/host'

/** The whole text of an export the host offered, read as a door streams it. */
export async function downloadText(host: Pick<Host, 'takeDownload'>, offered: Promise<Download> | Download) {
  const { download } = await offered
  const file = host.takeDownload(download)
  if (!file) throw new Error(`No download ${download} is offered`)
  let text = ''
  for await (const piece of file.pieces()) text += piece
  return text
}
