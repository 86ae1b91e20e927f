import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WorkbenchPage } from './pages/workbench.page'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'

/** A view of the app and how a user reaches it from the board. */
interface View {
  name: string
  show(page: Page, workbench: WorkbenchPage): Promise<void>
  /** What axe looks at: the whole page, or only an open dialog. */
  include?: string
}

const activity = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Activity bar' }).getByRole('button', { name: new RegExp(`^${name}`) })

/** Opens a calendar screen on the first interview of the board through the browser app's address. */
async function openCalendarScreen(page: Page, parameter: 'debrief' | 'prepare', dialogName: RegExp): Promise<void> {
  const origin = new URL(page.url()).origin
  const id = await page.evaluate(async () => {
    const response = await fetch('/api/listInterviews', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
    return ((await response.json()) as { value: { id: string }[] }).value[0]!.id
  })
  await page.goto(`${origin}/?${parameter}=${id}`)
  await page.getByRole('dialog', { name: dialogName }).waitFor()
}

const VIEWS: View[] = [
  { name: 'board', show: async (_page, workbench) => workbench.showBoard() },
  {
    name: 'interview tab',
    show: async (page, workbench) => {
      await workbench.showBoard()
      await workbench.board.allCards.first().click()
      await page.getByRole('tabpanel').getByRole('heading', { level: 1 }).first().waitFor()
    },
  },
  {
    name: 'Today',
    show: async (page) => {
      await activity(page, 'Today').click()
      await page.getByRole('complementary', { name: 'Today' }).waitFor()
    },
  },
  {
    name: 'Search',
    show: async (page) => {
      await activity(page, 'Search').click()
      const box = page.getByRole('complementary', { name: 'Search' }).getByRole('searchbox')
      await box.fill('Northwind')
      await page
        .getByRole('complementary', { name: 'Search' })
        .getByRole('status')
        .or(page.getByRole('list', { name: 'Search results' }))
        .first()
        .waitFor()
    },
  },
  {
    name: 'Insights',
    show: async (page, workbench) => {
      await workbench.board.runCommand('insights', 'View: Show insights: where I can improve')
      await page.getByRole('tabpanel', { name: /Insights/ }).waitFor()
    },
  },
  {
    name: 'Settings',
    show: async (page) => {
      await page.keyboard.press('Control+,')
      await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor()
    },
  },
  {
    name: 'palette',
    show: async (page) => {
      await page.keyboard.press('Control+Shift+KeyP')
      await page.getByRole('dialog', { name: 'Command palette' }).getByRole('option').first().waitFor()
    },
    include: 'dialog[open]',
  },
  {
    name: 'dialog',
    show: async (page, workbench) => {
      await workbench.board.runCommand('remove sample', 'Board: Remove sample interviews')
      await page.getByRole('alertdialog').waitFor()
    },
    include: '[role=alertdialog]',
  },
  {
    name: 'quick debrief',
    show: async (page) => {
      await openCalendarScreen(page, 'debrief', /^How did it go at /)
      // Once the notes are read, the editor takes input (and focus).
      await page.getByRole('dialog').getByText('## What we talked about').waitFor()
    },
    include: 'dialog[open]',
  },
  {
    name: 'preparation view',
    show: async (page) => {
      await openCalendarScreen(page, 'prepare', /^Prepare for round /)
      await page.getByRole('region', { name: 'Your summaries of the earlier rounds' }).getByText(/\w/).first().waitFor()
    },
    include: 'dialog[open]',
  },
]

type Figures = Record<string, Record<string, string>>

describe.skipIf(!hasChromium)('accessibility (axe-core, WCAG 2.2 AA) of every view, light and dark', () => {
  const session = useAppSession({ perFile: true })
  const figures: Figures = {}

  beforeAll(async () => {
    const workbench = await session.open()
    await workbench.page.getByRole('button', { name: 'Load sample interviews' }).first().click()
    await workbench.board.allCards.first().waitFor()
  })

  afterAll(async () => {
    console.log(`axe violations (rule:impact × nodes) per view:\n${JSON.stringify(figures, null, 1)}`)
  })

  /** axe's serious and critical findings on the page as it is, recorded in the figures under `label`. */
  async function severeViolations(page: Page, view: View, label: string): Promise<{ ids: string[]; summary: string }> {
    let builder = new AxeBuilder({ page }).withTags([
      'wcag2a',
      'wcag2aa',
      'wcag21a',
      'wcag21aa',
      'wcag22aa',
      'best-practice',
    ])
    if (view.include) builder = builder.include(view.include)
    const { violations } = await builder.analyze()
    figures[`${view.name} (${label})`] = Object.fromEntries(
      violations.map((v) => [v.id, `${v.impact} × ${v.nodes.length}`]),
    )
    const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    const summary = severe.map(
      (v) =>
        `${label}: ${v.id} (${v.impact}) × ${v.nodes.length}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    )
    return { ids: severe.map((v) => `${label}: ${v.id}`), summary: summary.join('\n') }
  }

  // Every view in both themes, the dark one switched to on the same page as the OS would (one load of
  // the view for both); the board and Settings also with the OS asking for more contrast.
  const runs = VIEWS.flatMap((view) =>
    view.name === 'board' || view.name === 'Settings'
      ? [
          { view, contrast: 'no-preference' as const },
          { view, contrast: 'more' as const },
        ]
      : [{ view, contrast: 'no-preference' as const }],
  )

  for (const { view, contrast } of runs) {
    const themes = contrast === 'more' ? 'light and dark, high contrast' : 'light and dark'
    it(`${view.name} in ${themes}: no serious or critical violation`, async () => {
      const page = await session.browser.context.newPage()
      try {
        await page.emulateMedia({ colorScheme: 'light', contrast })
        const workbench = await new WorkbenchPage(page).open(session.app.url)
        expect(await page.locator('html').getAttribute('data-theme')).toBe('light')
        await view.show(page, workbench)
        const suffix = contrast === 'more' ? ', high contrast' : ''
        const light = await severeViolations(page, view, `light${suffix}`)
        await page.emulateMedia({ colorScheme: 'dark', contrast })
        await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark')
        const dark = await severeViolations(page, view, `dark${suffix}`)
        expect([...light.ids, ...dark.ids], [light.summary, dark.summary].join('\n')).toEqual([])
      } finally {
        await page.close()
      }
    })
  }
})
