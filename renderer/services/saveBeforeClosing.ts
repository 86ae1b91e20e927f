import { formToSave, shownEditorPanel, submitToSave } from '../ui/formToSave'
import type { WorkbenchModel } from './workbenchModel'

/** How long a tab's editor may take to show its form (its code loads on first use), or a save to start. */
const WAIT_MS = 5_000

/** The first truthy value of `read`, read once a frame, or null after WAIT_MS. */
async function framesUntil<T>(read: () => T | null | false): Promise<T | null> {
  const until = performance.now() + WAIT_MS
  for (;;) {
    const value = read()
    if (value || performance.now() > until) return value || null
    await new Promise((resolve) => requestAnimationFrame(resolve))
  }
}

/**
 * "Save" in "Save changes before closing?": shows the tab (a form not shown is not in the page), saves
 * its form as Ctrl+S does, and closes it once saved. A save refused (a field in error) or failed leaves
 * the tab open and shown, its errors beside the fields. A new interview, once saved, became its card's
 * tab: that is the tab closed.
 */
export async function saveBeforeClosing(workbench: WorkbenchModel, key: string): Promise<void> {
  const index = workbench.state.tabs.findIndex((tab) => tab.key === key)
  workbench.activate(key)
  const form = await framesUntil(() => formToSave(null, shownEditorPanel()))
  if (!submitToSave(form)) return
  // The form checks its fields first: then the save starts (and may be over by the next frame), or a
  // field says what is wrong.
  const saving = () => workbench.state.savingKeys.includes(key)
  const saved = () => !workbench.state.tabs.some((tab) => tab.key === key) || !workbench.isDirty(key)
  const started = await framesUntil(() =>
    saving() ? 'saving' : saved() ? 'saved' : form?.querySelector('[aria-invalid="true"]') && 'refused',
  )
  if (started === 'saving') {
    await new Promise<void>((resolve) => {
      const stop = workbench.subscribe(() => {
        if (saving()) return
        stop()
        resolve()
      })
    })
  } else if (started !== 'saved') return
  // The form marks itself clean once it has rendered the saved record: a frame or so after the save.
  const failed = () => workbench.state.failedKeys.includes(key)
  if ((await framesUntil(() => (failed() ? 'failed' : saved() && 'saved'))) !== 'saved') return
  const { tabs } = workbench.state
  if (tabs.some((tab) => tab.key === key)) workbench.close(key)
  else if (tabs[index]?.kind === 'interview') workbench.close(tabs[index].key)
}
