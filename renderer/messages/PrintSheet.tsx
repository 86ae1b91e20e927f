import { createPortal } from 'react-dom'
import type { LetterPdfRequest } from '../../shared/api/bridge'

/**
 * The letter as the browser prints it: a direct child of <body>, which the print stylesheet
 * (messages.css) shows alone. Mounted only while printing, so Ctrl+P elsewhere prints as before.
 */
export function PrintSheet({ letter }: { letter: LetterPdfRequest }) {
  return createPortal(
    <article className="message-print-sheet" aria-hidden="true">
      {letter.heading && <h1 className="message-print-heading">{letter.heading}</h1>}
      <div className="message-print-text">{letter.body}</div>
    </article>,
    document.body,
  )
}
