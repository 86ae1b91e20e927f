import type { Command } from './command'

/**
 * The form Ctrl/Cmd+S saves: the one holding the focus, else the active editor's (the interview's
 * record, Settings). Notes save as they are typed, so there it only keeps the browser from offering
 * to save the page.
 */
export function formToSave(focused: Element | null, panel: Element | null): HTMLFormElement | null {
  const own = focused?.closest('form')
  if (own && own.querySelector('button[type="submit"]')) return own
  return panel?.querySelector<HTMLFormElement>('form:has(button[type="submit"])') ?? null
}

export const saveForm: Command = {
  id: 'workbench.save',
  category: 'File',
  title: 'Save',
  keybinding: '$mod+KeyS',
  run: () => {
    const panel = document.querySelector('.editor-panel:not([hidden])')
    const form = formToSave(document.activeElement, panel)
    const submit = form?.querySelector<HTMLButtonElement>('button[type="submit"]')
    // A disabled Save means there is nothing to save (or a save is under way).
    if (form && submit && !submit.disabled) form.requestSubmit(submit)
  },
}
