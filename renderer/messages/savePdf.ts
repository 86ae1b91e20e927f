import { messageOf } from '../services/dataStore'
import { letterPdfRequest, type Letter } from '../../shared/messages'
import type { Notice } from './PersonMessage'

/** Asks the desktop app to save a PDF; says where it went, or nothing when the user cancelled. */
export async function savePdf(letter: Letter, bridge: NonNullable<Window['debrief']>): Promise<Notice | null> {
  try {
    const result = await bridge.printLetterToPdf(letterPdfRequest(letter))
    if (!result.ok) return { tone: 'error', text: result.error.message }
    return result.value.saved ? { tone: 'done', text: `Saved the PDF to ${result.value.path}.` } : null
  } catch (error) {
    return { tone: 'error', text: `Could not save the PDF: ${messageOf(error)}` }
  }
}
