import type { Services } from '../services/services'

export type CommandContext = Services

/** A workbench action, reachable from the command palette, a keybinding and the app menu. */
export interface Command {
  id: string
  /** Palette group, shown before the title as in VS Code ("View: Toggle Side Bar"). */
  category: string
  title: string
  /** Other words the palette finds it by, as VS Code's command aliases ("backup" for "Back up now"). */
  keywords?: readonly string[]
  /** A tinykeys binding; `$mod` is Cmd on macOS and Ctrl elsewhere. */
  keybinding?: string
  /** Other keys that run it, not shown (VS Code's F1 beside Ctrl+Shift+P for the palette). */
  secondaryKeybindings?: readonly string[]
  /** Where the keybinding works, judged by the focused element; everywhere when absent. */
  keybindingScope?: (focused: Element | null) => boolean
  run(ctx: CommandContext): void | Promise<void>
  /**
   * Whether the palette lists it now, as VS Code's `when` clause: a command with nothing at all to act on
   * (no samples to remove) is noise there. Its keybinding and menu item still run it, and it says why.
   */
  when?(ctx: CommandContext): boolean
  /**
   * What the command would act on now (a card's company), shown beside its title in the palette so the
   * user knows before choosing it; null when there is nothing (the command then says how to pick one).
   */
  subject?(ctx: CommandContext): string | null
  /**
   * For a command that needs a choice (a stage, say): the choices, which the palette shows as its second
   * step. Throws, with a message for the user, when there is nothing to act on.
   */
  pick?(ctx: CommandContext): QuickPick
}

/** A command's choices in the palette, as VS Code's quick pick. */
export interface QuickPick {
  /** Shown in the empty query box, e.g. "Move Acme to…". */
  placeholder: string
  items: ReadonlyArray<{ id: string; label: string }>
  /** Runs the command on the chosen item. */
  accept(id: string): void | Promise<void>
}

/** A field or editor where keys such as Ctrl+Z and Alt+Arrow belong to the text. */
export function isEditingText(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false
  if (element.isContentEditable || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)
    return true
  if (!(element instanceof HTMLInputElement)) return false
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(element.type)
}

export const outsideText = (focused: Element | null) => !isEditingText(focused)
