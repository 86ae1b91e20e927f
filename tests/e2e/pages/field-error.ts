import type { Locator } from 'playwright-core'

/** The inline message a field shows once it is marked invalid, read through its accessible description. */
export async function fieldError(field: Locator): Promise<string> {
  const page = field.page()
  await field.and(page.locator('[aria-invalid="true"]')).waitFor()
  const ids = (await field.getAttribute('aria-describedby')) ?? ''
  const texts = await Promise.all(
    ids
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).innerText()),
  )
  return texts.join(' ').trim()
}

/** The colours a field is drawn in (its border and focus ring) beside its message's, as computed now. */
export async function fieldColours(field: Locator): Promise<{ border: string; ring: string; message: string }> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean)
  const message =
    ids.length > 0
      ? await field
          .page()
          .locator(`[id="${ids[0]}"]`)
          .evaluate((m) => getComputedStyle(m).color)
      : ''
  return field.evaluate((element, message) => {
    const style = getComputedStyle(element)
    return { border: style.borderTopColor, ring: style.outlineColor, message }
  }, message)
}
