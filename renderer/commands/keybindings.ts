import { useEffect } from 'react'
import { tinykeys } from 'tinykeys'
import { COMMANDS, runCommand } from './registry'
import type { CommandContext } from './command'

/** Binds every command that has a keybinding, for as long as the workbench is mounted. */
export function useKeybindings(ctx: CommandContext): void {
  useEffect(() => {
    const bindings = Object.fromEntries(
      COMMANDS.flatMap((command) => {
        const keys = [command.keybinding ?? [], command.secondaryKeybindings ?? []].flat()
        const run = (event: KeyboardEvent) => {
          if (command.keybindingScope && !command.keybindingScope(document.activeElement)) return
          event.preventDefault()
          runCommand(command, ctx)
        }
        return keys.map((key) => [key, run] as const)
      }),
    )
    return tinykeys(window, bindings)
  }, [ctx])
}
