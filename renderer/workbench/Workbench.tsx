import './workbench.css'
import { useKeybindings } from '../commands/keybindings'
import { useServices, useStore } from '../services/services'
import { ActivityBar } from './ActivityBar'
import { CommandPalette } from './CommandPalette'
import { EditorArea } from './EditorArea'
import { NoticeBanner } from './NoticeBanner'
import { InterviewsView } from './sidebar/InterviewsView'
import { StatusBar } from './StatusBar'
import { Toasts } from './Toasts'
import { useMenuCommands, useWarnBeforeUnload } from './windowHooks'

/** The VS Code-style frame: activity bar, side bar, editor area, status bar, palette and toasts. */
export function Workbench() {
  const services = useServices()
  const { sidebarVisible } = useStore(services.workbench)
  useKeybindings(services)
  useMenuCommands(services)
  useWarnBeforeUnload(services.workbench)

  return (
    <div className="workbench" data-sidebar={sidebarVisible ? 'visible' : 'hidden'}>
      <ActivityBar />
      {sidebarVisible && <InterviewsView />}
      <main className="editor-area">
        <NoticeBanner />
        <EditorArea />
      </main>
      <StatusBar />
      <CommandPalette />
      <Toasts />
    </div>
  )
}
