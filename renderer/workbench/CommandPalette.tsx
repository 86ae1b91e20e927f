import { Command as CommandMenu } from 'cmdk'
import { useLayoutEffect, useRef } from 'react'
import type { Command } from '../commands/command'
import { keybindingLabel } from '../commands/keybindings'
import { COMMANDS, runCommand } from '../commands/registry'
import { useServices, useStore } from '../services/services'

function PaletteMenu({ onRun }: { onRun: (command: Command) => void }) {
  return (
    <CommandMenu label="Command palette" loop>
      <CommandMenu.Input className="palette-input" placeholder="Type the name of a command" />
      <CommandMenu.List className="palette-list" label="Commands">
        <CommandMenu.Empty className="palette-empty">No matching commands</CommandMenu.Empty>
        {COMMANDS.map((command) => (
          <CommandMenu.Item
            key={command.id}
            value={`${command.category}: ${command.title}`}
            className="palette-item"
            onSelect={() => onRun(command)}
          >
            <span>
              <span className="palette-category">{command.category}: </span>
              {command.title}
            </span>
            {command.keybinding && <kbd>{keybindingLabel(command.keybinding)}</kbd>}
          </CommandMenu.Item>
        ))}
      </CommandMenu.List>
    </CommandMenu>
  )
}

/**
 * The command palette, in a native modal <dialog>: it traps focus, closes on Escape and gives focus
 * back when it closes. The menu is mounted only while open, so each opening starts with an empty query.
 */
export function CommandPalette() {
  const services = useServices()
  const { paletteOpen } = useStore(services.workbench)
  const dialogRef = useRef<HTMLDialogElement>(null)

  // A layout effect, so keys typed straight after the shortcut already land in the open palette.
  useLayoutEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (paletteOpen && !dialog.open) {
      dialog.showModal()
      // The dialog would focus cmdk's root (it has tabindex -1); the query box is where typing belongs.
      dialog.querySelector('input')?.focus()
    }
    if (!paletteOpen && dialog.open) dialog.close()
  }, [paletteOpen])

  const run = (command: Command) => {
    // Close first, synchronously: closing hands focus back, which must not undo where the command puts it.
    dialogRef.current?.close()
    services.workbench.setPaletteOpen(false)
    runCommand(command, services)
  }

  return (
    <dialog
      ref={dialogRef}
      className="palette"
      aria-label="Command palette"
      onClose={() => services.workbench.setPaletteOpen(false)}
      onClick={(event) => event.target === event.currentTarget && services.workbench.setPaletteOpen(false)}
    >
      {paletteOpen && <PaletteMenu onRun={run} />}
    </dialog>
  )
}
