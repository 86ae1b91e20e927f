/**
 * Brings a field of the record on the same tab into view and into focus, from a hint elsewhere on it
 * ("No email address for Dana Reyes: Add it"): opens the folded section that holds it, scrolls it to
 * the middle of the view, focuses it. False when the tab has no such field.
 */
export function revealField(from: Element, name: string): boolean {
  const root = from.closest('[role="tabpanel"]') ?? from.ownerDocument
  const field = root.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`)
  if (!field) return false
  const section = field.closest('details')
  if (section && !section.open) section.open = true
  field.scrollIntoView({ block: 'center' })
  field.focus({ preventScroll: true })
  return true
}

/** How many frames revealFieldWhenShown waits for a tab just opened (its code may load on first use). */
const MOST_FRAMES_TO_WAIT = 60

/** revealField on the tab on show once it has the field: a tab just opened renders it a frame or more later. */
export function revealFieldWhenShown(name: string): void {
  let framesLeft = MOST_FRAMES_TO_WAIT
  const attempt = () => {
    const panel = document.querySelector('[role="tabpanel"]:not([hidden])')
    if (panel && revealField(panel, name)) return
    if (framesLeft-- > 0) requestAnimationFrame(attempt)
  }
  requestAnimationFrame(attempt)
}
