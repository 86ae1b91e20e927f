/**
 * The form Ctrl/Cmd+S saves: the one holding the focus, else the shown editor's (the interview's
 * record, Settings). Notes save as they are typed, so there is none there.
 */
export function formToSave(focused: Element | null, panel: Element | null): HTMLFormElement | null {
  const own = focused?.closest('form')
  if (own && own.querySelector('button[type="submit"]')) return own
  return panel?.querySelector<HTMLFormElement>('form:has(button[type="submit"])') ?? null
}

/** The editor panel on screen (one at a time). */
export function shownEditorPanel(): Element | null {
  return document.querySelector('.editor-panel:not([hidden])')
}

/** Submits a form as its Save button does; false when it has nothing to save (a disabled Save, or none). */
export function submitToSave(form: HTMLFormElement | null): boolean {
  const submit = form?.querySelector<HTMLButtonElement>('button[type="submit"]')
  if (!form || !submit || submit.disabled) return false
  form.requestSubmit(submit)
  return true
}
