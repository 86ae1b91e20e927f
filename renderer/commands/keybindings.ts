import { useEffect } from 'react'
import { tinykeys } from 'tinykeys'
import { COMMANDS, runCommand } from './registry'
import type { CommandContext } from './command'

const isMac = /Mac|iPhone|iPad/.test(navigator.platform)

/** "$mod+Shift+KeyP" as the user reads it: "Ctrl+Shift+P", or "⌘⇧P" on macOS. */
export function keybindingLabel(binding: string): string {
  const parts = binding.split('+').map((part) => {
    if (part === '$mod') return isMac ? '⌘' : 'Ctrl'
    if (part === 'Shift') return isMac ? '⇧' : 'Shift'
    if (part === 'Alt') return isMac ? '⌥' : 'Alt'
    return part.replace(/^Key/, '').toUpperCase()
  })
  return parts.join(isMac ? '' : '+')
}

/** Binds every command that has a keybinding, for as long as the workbench is mounted. */
export function useKeybindings(ctx: CommandContext): void {
  useEffect(() => {
    const bindings = Object.fromEntries(
      COMMANDS.flatMap((command) =>
        command.keybinding
          ? [
              [
                command.keybinding,
                (event: KeyboardEvent) => {
                  if (command.keybindingScope && !command.keybindingScope(document.activeElement)) return
                  event.preventDefault()
                  runCommand(command, ctx)
                },
              ],
            ]
          : [],
      ),
    )
    return tinykeys(window, bindings)
  }, [ctx])
}
