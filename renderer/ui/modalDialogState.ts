import type { SyntheticEvent } from 'react'

/**
 * A modal <dialog> whose open state lives in a store: Escape closes it at once, but the browser sends
 * its `close` event in a task of its own, later. Read then, a shortcut that reopened the dialog in
 * between found it still "open" in the store and did nothing, or was undone by that late event (the
 * command palette reopened straight after Escape: 3 opens of 15 lost here). So the store hears of
 * Escape on `cancel`, which comes first, and a `close` event counts only while the dialog is closed.
 */
export function closeHandlers(setClosed: () => void) {
  return {
    onCancel: setClosed,
    onClose: (event: SyntheticEvent<HTMLDialogElement>) => {
      if (!event.currentTarget.open) setClosed()
    },
  }
}
