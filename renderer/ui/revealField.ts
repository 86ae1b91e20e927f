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
