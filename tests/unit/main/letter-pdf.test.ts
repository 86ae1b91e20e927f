import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LETTER_PDF_CHANNEL } from '../../../shared/api/bridge'
import { escapeHtml, letterHtml, pdfFileName, setupLetterPdf } from '../../../electron/main/letter-pdf'
import { createBridge, type BridgeIpc } from '../../../electron/preload/bridge'
import type { RendererLocation } from '../../../electron/main/renderer-location'
import { dialog, ipcMain, PdfWindow, resetFakeElectron } from './fake-pdf-electron'

vi.mock('electron', () => import('./fake-pdf-electron'))

const HOSTILE = `Dear "Zoë" O'Brien & Søn,\n<img src=x onerror=alert(1)>"><script>alert(2)</script>\n株式会社 😀`
const renderer: RendererLocation = { kind: 'app', root: '/opt/Debrief/out/renderer' }
const OWN_PAGE = 'app://debrief/index.html'

/** Reads numeric character references back, as a browser does. */
function decodeReferences(html: string): string {
  return html.replace(/&#x([0-9a-f]+);/g, (_match, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
}

function printRequest(senderUrl: string | null, input: unknown) {
  const handler = ipcMain.handlers.get(LETTER_PDF_CHANNEL)
  if (!handler) throw new Error('no PDF handler')
  return handler({ senderFrame: senderUrl === null ? null : { url: senderUrl }, sender: {} }, input)
}

describe('the printed letter page', () => {
  it('turns every character of the text into a reference, so no markup survives', () => {
    const html = letterHtml({ heading: HOSTILE, body: HOSTILE })
    const body = /<div class="letter">([^<]*)<\/div>/.exec(html)?.[1]
    expect(body).toBeDefined()
    expect(decodeReferences(body!)).toBe(HOSTILE)
    expect(html).not.toMatch(/<img|<script|onerror=/i)
    expect(
      html
        .match(/<[a-z][a-z0-9]*/gi)!
        .map((tag) => tag.toLowerCase())
        .sort(),
    ).toEqual(['<body', '<div', '<h1', '<head', '<html', '<meta', '<meta', '<style', '<title'].sort())
    expect(escapeHtml('a & b')).toBe('a &#x26; b')
  })

  it('loads nothing and runs nothing: a policy of no sources', () => {
    expect(letterHtml({ heading: '', body: 'Hello' })).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'"`,
    )
  })

  it.each([
    ['Acme – Formal thank-you letter', 'Acme – Formal thank-you letter.pdf'],
    ['../../etc/passwd', '-..-etc-passwd.pdf'],
    ['C:\\Users\\a: "b" <c>|d?*.PDF', 'C--Users-a- -b- -c--d--.pdf'],
    ['   ...  ', 'Letter.pdf'],
  ])('suggests the file name %j as %j', (name, expected) => {
    expect(pdfFileName(name)).toBe(expected)
  })
})

describe('setupLetterPdf', () => {
  let folder: string

  beforeEach(async () => {
    resetFakeElectron()
    PdfWindow.reset()
    folder = await mkdtemp(join(tmpdir(), 'debrief-pdf-'))
    dialog.answer = { canceled: false, filePath: join(folder, 'letter.pdf') }
    setupLetterPdf(renderer)
  })

  afterEach(() => rm(folder, { recursive: true, force: true }))

  it('prints the letter in a hidden window without script and saves it where the user chose', async () => {
    const result = await printRequest(OWN_PAGE, { heading: 'Thank you', body: HOSTILE, fileName: 'Acme letter' })

    expect(result).toEqual({ ok: true, value: { saved: true, path: join(folder, 'letter.pdf') } })
    expect(await readFile(join(folder, 'letter.pdf'), 'utf8')).toBe('%PDF-1.7 fake')
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: expect.stringMatching(/Acme letter\.pdf$/) }),
    )
    const [window] = PdfWindow.created
    expect(window?.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
    })
    expect((window?.options.webPreferences as Record<string, unknown>).preload).toBeUndefined()
    expect(decodeURIComponent(window!.loadedUrl.replace(/^data:text\/html;charset=utf-8,/, ''))).toBe(
      letterHtml({ heading: 'Thank you', body: HOSTILE }),
    )
    expect(window?.destroy).toHaveBeenCalled()
  })

  it('does nothing when the user cancels the save dialog', async () => {
    dialog.answer = { canceled: true, filePath: '' }
    expect(await printRequest(OWN_PAGE, { heading: '', body: 'Hi', fileName: 'x' })).toEqual({
      ok: true,
      value: { saved: false },
    })
    expect(PdfWindow.created).toHaveLength(0)
  })

  it.each([
    ['another origin', 'https://evil.example/'],
    ['a local file', 'file:///opt/Debrief/out/renderer/index.html'],
    ['a closed frame', null],
  ])('refuses %s without asking anything', async (_name, senderUrl) => {
    const result = await printRequest(senderUrl, { heading: '', body: 'Hi', fileName: 'x' })
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable' } })
    expect(dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('refuses anything but plain text of a sane size', async () => {
    for (const input of [{ heading: '', body: 'x'.repeat(50_001), fileName: 'x' }, { body: 42 }, 'text']) {
      expect(await printRequest(OWN_PAGE, input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    }
    expect(dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('reports a failed print and still closes its window', async () => {
    PdfWindow.printError = new Error('printing failed')
    const result = await printRequest(OWN_PAGE, { heading: '', body: 'Hi', fileName: 'x' })
    expect(result).toEqual({
      ok: false,
      error: { code: 'storage', message: 'Could not save the PDF: printing failed' },
    })
    expect(PdfWindow.created[0]?.destroy).toHaveBeenCalled()
  })
})

describe('the bridge function', () => {
  it('sends the letter to the main process on its own channel and returns the answer as it came', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: { saved: false } }))
    const bridge = createBridge({ invoke, on: vi.fn(), removeListener: vi.fn() } as unknown as BridgeIpc)
    const letter = { heading: 'Re: thanks', body: HOSTILE, fileName: 'Acme' }

    expect(await bridge.printLetterToPdf(letter)).toEqual({ ok: true, value: { saved: false } })
    expect(invoke).toHaveBeenCalledWith(LETTER_PDF_CHANNEL, letter)
  })
})
