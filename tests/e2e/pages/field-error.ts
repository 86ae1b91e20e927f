import type { Locator } from 'playwright-core'

/** The elements that describe a field (its `aria-describedby`), in order. */
export async function describers(field: Locator): Promise<Locator[]> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean)
  return ids.map((id) => field.page().locator(`[id="${id}"]`))
}

/** What a field's accessible description says now: '' when it has none. */
export async function descriptionText(field: Locator): Promise<string> {
  const texts = await Promise.all((await describers(field)).map((describer) => describer.innerText()))
  return texts.join(' ').trim()
}

/** The inline message a field shows once it is marked invalid, read through its accessible description. */
export async function fieldError(field: Locator): Promise<string> {
  await field.and(field.page().locator('[aria-invalid="true"]')).waitFor()
  return descriptionText(field)
}

/** The colours a field is drawn in (its border and focus ring) beside its message's, as computed now. */
export async function fieldColours(field: Locator): Promise<{ border: string; ring: string; message: string }> {
  const [describer] = await describers(field)
  const message = describer ? await describer.evaluate((element) => getComputedStyle(element).color) : ''
  return field.evaluate((element, message) => {
    const style = getComputedStyle(element)
    return { border: style.borderTopColor, ring: style.outlineColor, message }
  }, message)
}
