/**
 * The global the main process sets once Debrief has opened its data folder and shown its window (or
 * started in the tray). Nothing in the app reads it: the Electron end-to-end tests poll it through
 * Playwright's electronApp.evaluate to know the app is up. Free of Electron imports so they can share it.
 */
export const READY_SIGNAL = 'debriefReady'

export function signalReady(): void {
  Reflect.set(globalThis, READY_SIGNAL, true)
}
