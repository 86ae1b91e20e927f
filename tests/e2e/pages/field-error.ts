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
