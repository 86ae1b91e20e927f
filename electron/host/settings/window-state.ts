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

  constructor(
    dataDir: string,
    private readonly fs: FileSystem = nodeFileSystem,
  ) {
    this.path = join(dataDir, WINDOW_STATE_FILE)
  }

  async read(): Promise<WindowState | null> {
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
