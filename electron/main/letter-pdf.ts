import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron'
import { z } from 'zod'
import { LETTER_PDF_CHANNEL, type LetterPdfRequest, type LetterPdfResult } from '../../shared/api/bridge'
import type { ApiResult } from '../../shared/api/errors'
import { isRendererUrl, type RendererLocation } from './renderer-location'

/** Far above any letter; keeps a runaway request from building a huge page. */
const MAX_LETTER_LENGTH = 50_000

const letterSchema = z.strictObject({
  heading: z.string().max(1000),
  body: z.string().max(MAX_LETTER_LENGTH),
  fileName: z.string().max(300),
}) satisfies z.ZodType<LetterPdfRequest>

const FOREIGN_SENDER: ApiResult<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'Debrief answers only its own window.' },
}

/**
 * Every character except ASCII letters, digits and spaces becomes a numeric character reference,
 * so no text the user typed (or pasted from a company's page) can ever be read as markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[^A-Za-z0-9 ]/gu, (char) => `&#x${char.codePointAt(0)!.toString(16)};`)
}

/** The page that is printed: the letter as text, no script, and a policy that loads nothing at all. */
export function letterHtml({ heading, body }: Pick<LetterPdfRequest, 'heading' | 'body'>): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(heading || 'Letter')}</title>`,
    '<style>',
    '@page { size: A4; margin: 25mm 22mm; }',
    'body { margin: 0; color: #000; font: 11.5pt/1.5 Georgia, "Times New Roman", serif; }',
    'h1 { margin: 0 0 1.5em; font-size: 11.5pt; font-weight: bold; }',
    '.letter { white-space: pre-wrap; overflow-wrap: break-word; }',
    '</style></head><body>',
    heading ? `<h1>${escapeHtml(heading)}</h1>` : '',
    `<div class="letter">${escapeHtml(body)}</div>`,
    '</body></html>',
  ].join('\n')
}

/** A name the file system takes on every platform, ending in .pdf. */
export function pdfFileName(name: string): string {
  const cleaned = name
    .replace(/\.pdf$/i, '')
    // Separators, characters Windows refuses, and control characters.
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120)
  return `${cleaned || 'Letter'}.pdf`
}

/** Renders the letter in a window that is never shown, has no script and no preload, and prints it. */
async function renderPdf(letter: LetterPdfRequest): Promise<Buffer> {
  const window = new BrowserWindow({
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webgl: false,
      spellcheck: false,
      // Its own in-memory session: nothing of the app's storage is within reach of the page.
      partition: 'debrief-letter-pdf',
    },
  })
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(letterHtml(letter))}`)
    return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: false, preferCSSPageSize: true })
  } finally {
    window.destroy()
  }
}

async function saveLetterPdf(letter: LetterPdfRequest, parent: BrowserWindow | null): Promise<LetterPdfResult> {
  const options = {
    title: 'Save as PDF',
    defaultPath: join(app.getPath('documents'), pdfFileName(letter.fileName)),
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
  }
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return { saved: false }
  const pdf = await renderPdf(letter)
  await writeFile(choice.filePath, pdf)
  return { saved: true, path: choice.filePath }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The bridge's printLetterToPdf: only our own window may ask, and only with plain text. */
export function setupLetterPdf(renderer: RendererLocation): void {
  ipcMain.handle(
    LETTER_PDF_CHANNEL,
    async (event: IpcMainInvokeEvent, input: unknown): Promise<ApiResult<LetterPdfResult>> => {
      const senderUrl = event.senderFrame?.url
      if (!senderUrl || !isRendererUrl(senderUrl, renderer)) {
        console.warn(`[debrief] refused a PDF from ${senderUrl?.slice(0, 200) ?? 'a closed frame'}`)
        return FOREIGN_SENDER
      }
      const parsed = letterSchema.safeParse(input)
      if (!parsed.success) {
        const message = `The letter could not be printed: it must be text of at most ${MAX_LETTER_LENGTH} characters.`
        return { ok: false, error: { code: 'invalid-input', message } }
      }
      try {
        return { ok: true, value: await saveLetterPdf(parsed.data, BrowserWindow.fromWebContents(event.sender)) }
      } catch (error) {
        return { ok: false, error: { code: 'storage', message: `Could not save the PDF: ${messageOf(error)}` } }
      }
    },
  )
}
