import type { ReactNode } from 'react'
import { keybindingLabel } from '../commands/keyLabel'
import type { Command } from '../commands/command'
import { Icon } from '../ui/Icon'

/** A tooltip naming the command's shortcut, as VS Code's activity bar does. */
export function hint(label: string, command: Command): string {
  return command.keybinding ? `${label} (${keybindingLabel(command.keybinding)})` : label
}

export interface ActivityItemProps {
  label: string
  icon: string
  title: string
  /** Highlighted: its tab or side bar view is the one showing. */
  active?: boolean
  /** For a side bar view's toggle: whether the view is showing. Absent for a button that opens a tab. */
  pressed?: boolean
  onClick: () => void
  children?: ReactNode
}

/** One button of the activity bar. */
export function ActivityItem({ label, icon, title, active, pressed, onClick, children }: ActivityItemProps) {
  return (
    <button
      type="button"
      className="activity-item"
      aria-label={label}
      aria-pressed={pressed}
      title={title}
      data-active={active}
      onClick={onClick}
    >
      <Icon name={icon} />
      {children}
    </button>
  )
}
