import { vi } from 'vitest'
import * as fake from './fake-electron'

/**
 * fake-electron plus what printing to PDF uses: a window that loads a page and prints it, and the
 * save dialog. Tests set `PdfWindow.pdf` (or `printError`) and `dialog.answer` per case.
 */
export * from './fake-electron'

export class PdfWindow extends fake.BrowserWindow {
  static pdf = Buffer.from('%PDF-1.7 fake')
  static printError: Error | null = null
  static created: PdfWindow[] = []
  readonly destroy = vi.fn(() => {
    this.destroyed = true
  })
  loadedUrl = ''

  constructor(options: Record<string, unknown>) {
    super(options)
    PdfWindow.created.push(this)
    Object.assign(this.webContents, {
      printToPDF: vi.fn(async (_options: unknown) => {
        if (PdfWindow.printError) throw PdfWindow.printError
        return PdfWindow.pdf
      }),
    })
    this.loadURL.mockImplementation(async (url: string) => {
      this.loadedUrl = url
    })
  }

  static fromWebContents(_contents: unknown): PdfWindow | null {
    return null
  }

  static reset(): void {
    PdfWindow.pdf = Buffer.from('%PDF-1.7 fake')
    PdfWindow.printError = null
    PdfWindow.created = []
  }
}

export { PdfWindow as BrowserWindow }

export const dialog = {
  ...fake.dialog,
  answer: { canceled: true, filePath: '' } as { canceled: boolean; filePath: string },
  showSaveDialog: vi.fn(async (..._args: unknown[]) => dialog.answer),
}
