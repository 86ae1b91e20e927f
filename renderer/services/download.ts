/** Hands text to the browser as a downloaded file: the desktop app asks where to save it, a browser saves it. */
export function downloadTextFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download has its own copy once started; a little delay covers browsers that read the URL late.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
