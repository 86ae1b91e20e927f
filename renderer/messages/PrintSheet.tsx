import { createPortal } from 'react-dom'
import type { Letter } from '../../shared/messages'

/**
 * The letter as the browser prints it: a direct child of <body>, which the print stylesheet
 * (messages.css) shows alone. Mounted only while printing, so Ctrl+P elsewhere prints as before.
 */
export function PrintSheet({ letter }: { letter: Letter }) {
  return createPortal(
    <article className="message-print-sheet" aria-hidden="true">
      {letter.sender.length > 0 && (
        <address className="letter-sender">
          {letter.sender.map((line, index) => (
            <span key={index}>{line}</span>
          ))}
        </address>
      )}
      <p className="letter-date">{letter.date}</p>
      {letter.recipient.length > 0 && (
        <address className="letter-recipient">
          {letter.recipient.map((line, index) => (
            <span key={index}>{line}</span>
          ))}
        </address>
      )}
      {letter.heading && <h1 className="message-print-heading">{letter.heading}</h1>}
      <div className="message-print-text">{letter.body}</div>
      {letter.signature.length > 0 && (
        <div className="message-print-text letter-signature">{letter.signature.join('\n')}</div>
      )}
    </article>,
    document.body,
  )
}
