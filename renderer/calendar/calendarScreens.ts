import type { OpenTarget } from '../../shared/api/bridge'
import type { InterviewView } from '../../shared/calendar/prompt'
import { openFollowUp } from '../messages/messageDrafts'
import { Store } from '../services/store'
import type { WorkbenchModel } from '../services/workbenchModel'
import { perWorkbench } from '../services/perWorkbench'

/**
 * The calendar's screens on one interview: the quick debrief after it ("How did it go?") and the
 * preparation view before a next round. A reminder's click, a link in Today or the Calendar view, or the
 * browser app's address asks for one; the workbench shows it over whatever is open.
 */

export interface CalendarScreen {
  view: InterviewView
  interviewId: string
}

export class CalendarScreens extends Store<{ open: CalendarScreen | null }> {
  constructor() {
    super({ open: null })
  }

  show(view: InterviewView, interviewId: string): void {
    this.update({ open: { view, interviewId } })
  }

  close(): void {
    this.update({ open: null })
  }
}

/** The window's calendar screens: one per workbench, made on first use. */
export const calendarScreensFor = perWorkbench(() => new CalendarScreens())

/**
 * Where a reminder's click leads: a calendar prompt to its screen, over the interview's tab (so closing
 * the screen leaves the user on that interview); any other reminder to the interview on its follow-up.
 */
export function openTarget(workbench: WorkbenchModel, target: OpenTarget): void {
  openFollowUp(workbench, target.interviewId, target.taskId)
  if (target.view) calendarScreensFor(workbench).show(target.view, target.interviewId)
}

/** The address parameters of the browser app that open a calendar screen: `?debrief=<id>`, `?prepare=<id>`. */
const ADDRESS_VIEWS: Record<string, InterviewView> = { debrief: 'quick-debrief', prepare: 'prepare' }

/** What the browser app's address asks to open, if anything (`location.search`). */
export function targetFromAddress(search: string): OpenTarget | null {
  const query = new URLSearchParams(search)
  for (const [parameter, view] of Object.entries(ADDRESS_VIEWS)) {
    const interviewId = query.get(parameter)
    if (interviewId && /^[\w-]{1,100}$/.test(interviewId)) return { interviewId, view }
  }
  return null
}

/** The address that opens a calendar screen in the browser app, relative to its page. */
export function addressOf(screen: CalendarScreen): string {
  const parameter = Object.entries(ADDRESS_VIEWS).find(([, view]) => view === screen.view)![0]
  return `?${parameter}=${encodeURIComponent(screen.interviewId)}`
}
