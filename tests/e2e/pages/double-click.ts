import type { Locator, Page } from 'playwright-core'

/**
 * A double click on `button` as a hurried user makes it: the first click, then, once `gone` has left
 * the page (the row the click took away), the second click of the pair on the same spot, where the
 * next row's button now is. Not mouse.click with clickCount 2, which clicks twice more (counts 1 and 2).
 */
export async function doubleClickAsRowGoes(page: Page, button: Locator, gone: Locator): Promise<void> {
  const box = await button.boundingBox()
  if (!box) throw new Error('The button to double click is not on screen')
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2]
  await page.mouse.click(x, y)
  await gone.waitFor({ state: 'detached' })
  await page.mouse.down({ clickCount: 2 })
  await page.mouse.up({ clickCount: 2 })
}
