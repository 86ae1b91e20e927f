import type { Download } from '../../shared/api/contract'
import { downloadPath } from '../../shared/api/downloads'

/**
 * Saves a file the host offered (an export): the link leads to the host's door, which streams it,
 * so neither the host nor the window holds it whole. The desktop app asks where to save it, a browser
 * saves it.
 */
export function saveDownload({ download, fileName }: Download): void {
  const link = document.createElement('a')
  link.href = downloadPath(download)
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
}
