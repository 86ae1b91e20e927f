import { useEffect, useLayoutEffect, useRef } from 'react'
import type { Interview } from '../../shared/domain/interview'
import { STAGES } from '../../shared/domain/stages'
import { Icon } from '../ui/Icon'
import { onMenuKeyDown } from '../ui/menuKeys'
import { cardId } from '../ui/cardElement'

export interface CardMenuActions {
  open(): void
  moveTo(stage: Interview['stage']): void
  moveStep(direction: 'up' | 'down'): void
  /** Whether the card has a place to go that way in its column (the top card cannot move up). */
  canMoveStep(direction: 'up' | 'down'): boolean
  setArchived(archived: boolean): void
  remove(): void
}

interface CardMenuProps {
  card: Interview
  x: number
  y: number
  actions: CardMenuActions
  onClose: () => void
}

/**
 * A card's context menu (right click, the Menu key or Shift+F10), as a WAI-ARIA menu: arrow keys move
 * between items, Escape closes it and gives focus back to the card.
 */
export function CardMenu({ card, x, y, actions, onClose }: CardMenuProps) {
  const ref = useRef<HTMLDivElement>(null)

  useLayoutEffect(() => {
    const menu = ref.current
    if (!menu) return
    // Keep the menu inside the window.
    const box = menu.getBoundingClientRect()
    menu.style.left = `${Math.max(4, Math.min(x, window.innerWidth - box.width - 4))}px`
    menu.style.top = `${Math.max(4, Math.min(y, window.innerHeight - box.height - 4))}px`
    menu.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
  }, [x, y])

  useEffect(() => {
    const closeOutside = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose()
    }
    window.addEventListener('pointerdown', closeOutside, true)
    return () => window.removeEventListener('pointerdown', closeOutside, true)
  }, [onClose])

  const closeToCard = () => {
    onClose()
    document.getElementById(cardId(card.id))?.focus()
  }
  const run = (action: () => void) => () => {
    closeToCard()
    action()
  }

  // A disabled item stays in the arrow keys' path, as WAI-ARIA's menus keep them, and says it is disabled.
  const item = (label: string, icon: string, action: () => void, accessibleName = label, enabled = true) => (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className="menu-item"
      aria-label={accessibleName}
      aria-disabled={enabled ? undefined : true}
      onClick={enabled ? run(action) : undefined}
    >
      <Icon name={icon} />
      <span>{label}</span>
    </button>
  )

  return (
    <div
      ref={ref}
      role="menu"
      aria-label={`Actions for ${card.company}`}
      className="popup card-menu"
      style={{ left: x, top: y }}
      onKeyDown={(event) => onMenuKeyDown(event, closeToCard)}
    >
      {item('Open', 'go-to-file', actions.open)}
      {!card.archived && (
        <>
          <div role="separator" className="menu-separator" />
          <div role="presentation" className="menu-heading">
            Move to…
          </div>
          {STAGES.filter((stage) => stage.id !== card.stage).map((stage) => (
            <div key={stage.id} role="none">
              {item(stage.label, 'arrow-right', () => actions.moveTo(stage.id), `Move to ${stage.label}`)}
            </div>
          ))}
          <div role="separator" className="menu-separator" />
          {item('Move up', 'arrow-up', () => actions.moveStep('up'), 'Move up', actions.canMoveStep('up'))}
          {item('Move down', 'arrow-down', () => actions.moveStep('down'), 'Move down', actions.canMoveStep('down'))}
        </>
      )}
      <div role="separator" className="menu-separator" />
      {card.archived
        ? item('Restore to the board', 'discard', () => actions.setArchived(false))
        : item('Archive', 'archive', () => actions.setArchived(true))}
      {item('Delete', 'trash', actions.remove)}
    </div>
  )
}
