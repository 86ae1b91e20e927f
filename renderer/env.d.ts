import type { DebriefBridge } from '../shared/api/bridge'

declare global {
  interface Window {
    /** Present only inside the Electron app; the browser app talks HTTP instead. */
    debrief?: DebriefBridge
  }
}
