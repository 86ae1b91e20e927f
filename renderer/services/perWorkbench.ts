import type { WorkbenchModel } from './workbenchModel'

/**
 * One value per window, found through the window's workbench and made on first use; `make` may tie it
 * to the workbench (drop what a closed tab held). The calendar's screens, Settings' session, the message
 * drafts and the import each kept their own map for this.
 */
export function perWorkbench<T>(make: (workbench: WorkbenchModel) => T): (workbench: WorkbenchModel) => T {
  const made = new WeakMap<WorkbenchModel, T>()
  return (workbench) => {
    if (!made.has(workbench)) made.set(workbench, make(workbench))
    return made.get(workbench)!
  }
}
