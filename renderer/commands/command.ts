import type { Services } from '../services/services'

export type CommandContext = Services

/** A workbench action, reachable from the command palette, a keybinding and the app menu. */
export interface Command {
  id: string
  /** Palette group, shown before the title as in VS Code ("View: Toggle Side Bar"). */
  category: string
  title: string
  /** A tinykeys binding; `$mod` is Cmd on macOS and Ctrl elsewhere. */
  keybinding?: string
  run(ctx: CommandContext): void | Promise<void>
}
