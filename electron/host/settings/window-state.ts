import { join } from 'node:path'
import { windowStateSchema, type WindowState } from '../../../shared/domain/window-state'
import { isMissingFile, nodeFileSystem, storageError, writeFileDurable, type FileSystem } from '../storage/durable-file'

export const WINDOW_STATE_FILE = 'window-state.json'

/**
 * The window's open tabs (shared/domain/window-state.ts), in their own small file beside the data:
 * the browser app gets a new origin (port) on each start, so the page's own storage would forget them.
 * A missing or damaged file is simply no saved state: the window opens on the board, as on a first start.
 */
export class WindowStateFile {
  private readonly path: string
  /**
   * The newest state sent, from the moment it is sent: its write waits in the change queue, and a page
   * reloaded at once read the state before it (the draft it had typed last was lost).
   */
  private latest: WindowState | null = null

  constructor(
    dataDir: string,
    private readonly fs: FileSystem = nodeFileSystem,
  ) {
    this.path = join(dataDir, WINDOW_STATE_FILE)
  }

  /** Notes the state a window sent; `write` then puts it on disk. */
  accept(state: WindowState): void {
    this.latest = state
  }

  async read(): Promise<WindowState | null> {
    if (this.latest) return this.latest
    let text: string
    try {
      text = await this.fs.readFile(this.path, 'utf8')
    } catch (error) {
      if (isMissingFile(error)) return null
      throw storageError('read which tabs were open', error, this.path)
    }
    try {
      const parsed = windowStateSchema.safeParse(JSON.parse(text))
      return parsed.success ? parsed.data : null
    } catch {
      return null
    }
  }

  async write(state: WindowState): Promise<void> {
    try {
      await writeFileDurable(this.path, `${JSON.stringify(state)}\n`, { fs: this.fs })
    } catch (error) {
      throw storageError('remember which tabs are open', error, this.path)
    }
  }
}
