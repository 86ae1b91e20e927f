import { messageOf } from '../services/dataStore'

/** Puts text on the clipboard, or throws a message saying why it could not. */
export async function copyToClipboard(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) throw new Error('This window has no access to the clipboard.')
  try {
    await navigator.clipboard.writeText(text)
  } catch (error) {
    throw new Error(`The clipboard refused the text (${messageOf(error)}).`, { cause: error })
  }
}
