import { spawn } from 'node:child_process'

function browserCommand(url: string): { command: string; args: string[]; verbatim: boolean } {
  if (process.platform === 'darwin') return { command: 'open', args: [url], verbatim: false }
  // `start` is built into cmd; its first quoted argument is a window title, hence the empty "".
  if (process.platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url], verbatim: true }
  return { command: 'xdg-open', args: [url], verbatim: false }
}

/** Best effort: the address is printed anyway, so a missing opener only earns a hint. */
export function openBrowser(url: string, onFailure: () => void): void {
  const { command, args, verbatim } = browserCommand(url)
  try {
    const child = spawn(command, args, {
      detached: true,
      stdio: 'ignore',
      windowsHide: true,
      windowsVerbatimArguments: verbatim,
    })
    child.once('error', onFailure)
    child.once('exit', (code) => {
      if (code !== 0) onFailure()
    })
    child.unref()
  } catch {
    onFailure()
  }
}
