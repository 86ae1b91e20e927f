import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { METHOD_NAMES } from '../../shared/api/contract'
import { WorkbenchPage } from '../e2e/pages/workbench.page'
import { readDataFolder } from '../e2e/support/data-folder'
import { interviewsOnDisk, launchDesktopApp, skipReason, type DesktopApp } from './support/desktop-app'

if (skipReason) console.log(skipReason)

describe.skipIf(skipReason !== undefined)('the desktop app on a fresh data folder', () => {
  let app: DesktopApp
  let workbench: WorkbenchPage

  beforeEach(async () => {
    app = await launchDesktopApp()
    workbench = new WorkbenchPage(app.window)
    await workbench.board.region.waitFor()
  })

  afterEach(async () => {
    await app?.dispose()
  })

  it('opens its window on the board, served from app://debrief', async () => {
    await workbench.board.column('Interviewed').waitFor()
    expect(app.window.url()).toMatch(/^app:\/\/debrief\/index\.html/)
    expect(await app.electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
  })

  it('saves a card created through the form to the data folder', async () => {
    const form = await workbench.newInterview()
    await form.fill({ Company: 'Acme Robotics', Role: 'Backend Engineer', Date: '2026-11-20', Time: '10:00' })
    await form.addInterviewer({ Name: 'Dana Smith', Email: 'dana@acme.example' })
    await form.save()

    await workbench.showBoard()
    await workbench.board.card('Acme Robotics', 'Backend Engineer', 'Interviewed').waitFor()
    const onDisk = await readDataFolder(app.dataDir)
    expect(onDisk).toContain('Acme Robotics')
    expect(onDisk).toContain('dana@acme.example')
  })

  it('moves a card to the next stage and keeps it there on disk', async () => {
    const form = await workbench.newInterview()
    await form.fill({ Company: 'Globex', Role: 'Data Analyst', Date: '2026-11-21', Time: '14:30' })
    await form.save()
    await workbench.showBoard()
    await workbench.board.card('Globex', 'Data Analyst', 'Interviewed').click()
    await form.field('Stage').selectOption({ label: 'Thanked' })
    await form.save()

    await workbench.showBoard()
    await workbench.board.card('Globex', 'Data Analyst', 'Thanked').waitFor()
    await app.quit()
    const [globex] = await interviewsOnDisk(app.dataDir)
    expect(globex).toMatchObject({ company: 'Globex', stage: 'thanked' })
  })

  it('keeps Node and Electron out of the page, which sees only the contract', async () => {
    const page = await app.window.evaluate(async () => {
      // Runs in the page; written against globalThis because these tests are type-checked without the DOM.
      const bridge = (
        globalThis as unknown as { debrief: Record<string, unknown> & { getHostInfo(input: object): unknown } }
      ).debrief
      const index = await fetch('/index.html')
      const escape = await fetch('/..%2f..%2fpackage.json')
      return {
        require: typeof (globalThis as Record<string, unknown>).require,
        process: typeof (globalThis as Record<string, unknown>).process,
        module: typeof (globalThis as Record<string, unknown>).module,
        bridgeKeys: Object.keys(bridge).sort(),
        hostInfo: (await bridge.getHostInfo({})) as { ok: boolean },
        csp: index.headers.get('content-security-policy'),
        escapeStatus: escape.status,
      }
    })

    expect(page.require).toBe('undefined')
    expect(page.process).toBe('undefined')
    expect(page.module).toBe('undefined')
    expect(page.bridgeKeys).toEqual(
      [...METHOD_NAMES, 'onCommand', 'onEvent', 'onOpenInterview', 'printLetterToPdf', 'signalFirstPaint'].sort(),
    )
    expect(page.hostInfo).toMatchObject({ ok: true, value: { dataDir: app.dataDir } })
    expect(page.csp).toMatch(/script-src 'self'/)
    expect(page.escapeStatus).toBe(404)
  })
})
