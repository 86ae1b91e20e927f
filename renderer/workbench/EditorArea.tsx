import { Suspense } from 'react'
import { Board } from '../board/Board'
import { manageCalendars, showCalendar } from '../commands/view/calendarCommands'
import { importData } from '../commands/data/importData'
import { newInterview } from '../commands/board/newInterview'
import { runCommand } from '../commands/registry'
import { loadSamples, removeSamples } from '../commands/board/sampleInterviews'
import { useServices, useStore, type Services } from '../services/services'
import type { Tab } from '../services/workbenchModel'
import { EditorWatermark } from './EditorWatermark'
import { InsightsView, InterviewEditor, SettingsEditor } from './lazyEditors'
import { panelId, tabId, TabStrip } from './TabStrip'

function TabContent({ tab }: { tab: Tab }) {
  const services = useServices()
  if (tab.kind === 'board') return <Board commands={boardCommands(services)} />
  if (tab.kind === 'insights') return <InsightsView />
  if (tab.kind === 'settings') return <SettingsEditor />
  return <InterviewEditor tab={tab} />
}

function boardCommands(services: Services) {
  return {
    newInterview: () => runCommand(newInterview, services),
    loadSamples: () => runCommand(loadSamples, services),
    removeSamples: () => runCommand(removeSamples, services),
    showCalendar: () => runCommand(showCalendar, services),
    manageCalendars: () => runCommand(manageCalendars, services),
    importData: () => runCommand(importData, services),
  }
}

/**
 * The tabs and the active panel. Only the board stays mounted while hidden, to keep its scroll
 * position; a hidden form is unmounted and keeps its unsaved values as a draft in the workbench.
 */
export function EditorArea() {
  const { workbench } = useServices()
  const { tabs, activeKey } = useStore(workbench)

  if (tabs.length === 0) return <EditorWatermark />

  return (
    <div className="editor">
      <TabStrip />
      {tabs.map((tab) =>
        tab.key === activeKey || tab.kind === 'board' ? (
          <div
            key={tab.key}
            role="tabpanel"
            id={panelId(tab.key)}
            aria-labelledby={tabId(tab.key)}
            className="editor-panel"
            hidden={tab.key !== activeKey}
          >
            <Suspense
              fallback={
                <p className="editor-message" role="status">
                  Loading…
                </p>
              }
            >
              <TabContent tab={tab} />
            </Suspense>
          </div>
        ) : null,
      )}
    </div>
  )
}
