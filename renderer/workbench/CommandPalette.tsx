import { Command as CommandMenu, defaultFilter } from 'cmdk'
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Command, CommandContext, QuickPick } from '../commands/command'
import { keybindingLabel } from '../commands/keyLabel'
import { rankCommand } from '../commands/paletteRank'
import { COMMANDS, findCommand, runCommand } from '../commands/registry'
import { messageOf } from '../services/dataStore'
import { useServices, useStore } from '../services/services'
import { closeHandlers } from '../ui/modalDialogState'
import { openTodayRow } from '../today/openTodayRow'
import type { TodayRow } from '../today/todayGroups'
import { PaletteFollowUps } from './PaletteFollowUps'

interface PaletteMenuProps {
  onRun: (command: Command) => void
  onOpenFollowUp: (row: TodayRow) => void
}

function PaletteMenu({ onRun, onOpenFollowUp }: PaletteMenuProps) {
  const services = useServices()
  // Worked out as the palette opens (it is mounted only while open), and again whenever the window's data
  // changes under it, which this subscription renders it for: samples removed a moment before, whose list
  // came after the palette opened, were still offered for removal (a clean-clone CI run). A filter over
  // some forty commands. What each acts on stays as it was at the opening.
  useStore(services.data)
  const listed = COMMANDS.filter((command) => command.when?.(services) ?? true)
  const [subjects] = useState(() => new Map(listed.map((command) => [command.id, command.subject?.(services)])))
  return (
    <CommandMenu
      label="Command palette"
      loop
      filter={(value, search, keywords) => rankCommand(value, search, defaultFilter(value, search, keywords), keywords)}
    >
      <CommandMenu.Input className="palette-input" placeholder="Type the name of a command" />
      <CommandMenu.List className="palette-list" label="Commands">
        <CommandMenu.Empty className="palette-empty">No matching commands</CommandMenu.Empty>
        {/* A group of their own, as the follow-ups have: cmdk sorts items within their group, and put the
            commands it sorted after the follow-ups' group, so Enter on "summary" opened Initech's "Write your
            summary" rather than running "Insert summary template" (a walkthrough). */}
        <CommandMenu.Group className="palette-group">
          {listed.map((command) => (
            <CommandMenu.Item
              key={command.id}
              value={`${command.category}: ${command.title}`}
              {...(command.keywords ? { keywords: [...command.keywords] } : {})}
              className="palette-item"
              onSelect={() => onRun(command)}
            >
              <span>
                <span className="palette-category">{command.category}: </span>
                {command.title}
                {subjects.get(command.id) && <span className="palette-subject"> {subjects.get(command.id)}</span>}
              </span>
              {command.keybinding && <kbd>{keybindingLabel(command.keybinding)}</kbd>}
            </CommandMenu.Item>
          ))}
        </CommandMenu.Group>
        <PaletteFollowUps onOpen={onOpenFollowUp} />
      </CommandMenu.List>
    </CommandMenu>
  )
}

type Step = { command: Command; pick: QuickPick } | { command: Command; error: string }

/** The choices of the command named by `id`, or why it has none (nothing to act on, say). */
function stepOf(id: string, ctx: CommandContext): Step | null {
  const command = findCommand(id)
  if (!command?.pick) return null
  try {
    return { command, pick: command.pick(ctx) }
  } catch (error) {
    return { command, error: messageOf(error) }
  }
}

/** A command's second step: its choices, filtered by typing; Backspace in the empty box goes back to the commands. */
function PickMenu({ pick, onAccept, onBack }: { pick: QuickPick; onAccept: (id: string) => void; onBack: () => void }) {
  const [query, setQuery] = useState('')
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Backspace' && query === '') {
      event.preventDefault()
      onBack()
    }
  }
  return (
    <CommandMenu label={pick.placeholder} loop>
      <CommandMenu.Input
        className="palette-input"
        placeholder={pick.placeholder}
        value={query}
        onValueChange={setQuery}
        onKeyDown={onKeyDown}
      />
      <CommandMenu.List className="palette-list" label={pick.placeholder}>
        <CommandMenu.Empty className="palette-empty">No matching choices</CommandMenu.Empty>
        {pick.items.map((item) => (
          <CommandMenu.Item
            key={item.id}
            value={item.label}
            className="palette-item"
            onSelect={() => onAccept(item.id)}
          >
            {item.label}
          </CommandMenu.Item>
        ))}
      </CommandMenu.List>
    </CommandMenu>
  )
}

/**
 * The command palette, in a native modal <dialog>: it traps focus, closes on Escape and gives focus
 * back when it closes. The menu is mounted only while open, so each opening starts with an empty query.
 * A command that needs a choice (Command.pick) shows its choices in the same palette, as a second step.
 */
export function CommandPalette() {
  const services = useServices()
  const { workbench, notifications } = services
  const { paletteOpen, paletteStep } = useStore(workbench)
  const dialogRef = useRef<HTMLDialogElement>(null)
  // Worked out once as the step opens, so the choices stay put while the user picks.
  const step = useMemo(() => (paletteStep ? stepOf(paletteStep, services) : null), [paletteStep, services])

  // A layout effect, so keys typed straight after the shortcut already land in the open palette.
  useLayoutEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (paletteOpen && !dialog.open) dialog.showModal()
    if (!paletteOpen && dialog.open) dialog.close()
  }, [paletteOpen])

  // The dialog would focus cmdk's root (it has tabindex -1); the query box is where typing belongs.
  useLayoutEffect(() => {
    if (paletteOpen) dialogRef.current?.querySelector('input')?.focus()
  }, [paletteOpen, step])

  const close = () => {
    // Close first, synchronously: closing hands focus back, which must not undo where the command puts it.
    dialogRef.current?.close()
    workbench.setPaletteOpen(false)
  }

  const run = (command: Command) => {
    // With nothing to act on, it closes and says why, as any refused command does, with the keyboard back
    // where it was: said inside the palette, it left the keyboard on nothing, where Tab did nothing (a walkthrough).
    const choices = command.pick ? stepOf(command.id, services) : null
    if (choices && 'pick' in choices) {
      workbench.setPaletteOpen(true, command.id)
      return
    }
    close()
    runCommand(command, services)
  }

  // As its Today row opens it: on the follow-up with its first action focused, or on the question.
  const openRow = (row: TodayRow) => {
    close()
    openTodayRow(workbench, row)
  }

  const accept = (id: string) => {
    if (!step || !('pick' in step)) return
    close()
    const report = (error: unknown) => notifications.commandFailed(step.command.title, error)
    Promise.resolve()
      .then(() => step.pick.accept(id))
      .catch(report)
  }

  return (
    <dialog
      ref={dialogRef}
      className="palette"
      aria-label="Command palette"
      {...closeHandlers(() => workbench.setPaletteOpen(false))}
      onClick={(event) => event.target === event.currentTarget && workbench.setPaletteOpen(false)}
    >
      {paletteOpen && !step && <PaletteMenu onRun={run} onOpenFollowUp={openRow} />}
      {paletteOpen && step && 'pick' in step && (
        <PickMenu pick={step.pick} onAccept={accept} onBack={() => workbench.setPaletteOpen(true)} />
      )}
      {paletteOpen && step && 'error' in step && (
        <p className="palette-empty" role="alert">
          {step.error}
        </p>
      )}
    </dialog>
  )
}
