import { placeholdersIn } from '../../shared/messages'
import { NEXT_ITEM_TOGGLE_CLASS } from './anchors'

const ACTIONS = 'button:not(:disabled), a[href]'

/**
 * The first thing to act on inside an element: a call link, the message's first button, else what a step
 * that is not a message offers ("Add Anna Schmidt’s job title", "Write it in this interview’s notes"),
 * else any button but a follow-up's fold button: F8 left the keyboard on "Write your summary of the
 * interview", which only folds it (a walkthrough).
 */
export function firstAction(root: Element): HTMLElement | null {
  return (
    root.querySelector<HTMLElement>('.message-call a, .message-buttons > :is(a, button):not(:disabled)') ??
    root.querySelector<HTMLElement>(`.next-item-head ~ * :is(${ACTIONS}), .next-item-head ~ :is(${ACTIONS})`) ??
    root.querySelector<HTMLElement>(`:is(${ACTIONS}):not(.${NEXT_ITEM_TOGGLE_CLASS})`)
  )
}

/** The first "[Accept here, or …]" of the follow-up's message, selected to type over, as Keep editing does. */
function selectFirstPlaceholder(item: Element): HTMLTextAreaElement | null {
  for (const body of item.querySelectorAll<HTMLTextAreaElement>('textarea.message-body')) {
    const [placeholder] = placeholdersIn(body.value)
    if (placeholder === undefined) continue
    const at = body.value.indexOf(placeholder)
    body.focus({ preventScroll: true })
    body.setSelectionRange(at, at + placeholder.length)
    return body
  }
  return null
}

/**
 * Puts the keyboard where a follow-up asked for (a Today row, F8, a reminder) wants the user: on the first
 * placeholder of its message when `atPlaceholder`, else on its first action; with its title and due time
 * in view above it. Today's "Reply to the offer from Spreewald Software" scrolled the title off the top to
 * show "Copy text", under a draft that still said "[Accept here, …]" (a walkthrough).
 */
export function focusFollowUp(item: Element, atPlaceholder: boolean): void {
  // A call is made before anything is typed: its number first.
  const call = item.querySelector<HTMLElement>('.message-call a')
  const target = call ?? (atPlaceholder ? selectFirstPlaceholder(item) : null) ?? firstAction(item)
  target?.focus({ preventScroll: true })
  target?.scrollIntoView({ block: 'nearest' })
  // The title last: where both do not fit, it stays at the top and the keyboard is just under it.
  item.querySelector('.next-item-head')?.scrollIntoView({ block: 'nearest' })
}
