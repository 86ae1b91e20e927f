import './messages.css'
import { useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { LetterPdfRequest } from '../../shared/api/bridge'
import type { Interview } from '../../shared/domain/interview'
import { messageOf } from '../services/dataStore'
import { Icon } from '../ui/Icon'
import { MessageActions, type Notice } from './MessageActions'
import { MessageChooser } from './MessageChooser'
import { MessageEditor } from './MessageEditor'
import { PrintSheet } from './PrintSheet'
import { useMessageDraft } from './useMessageDraft'

/** Asks the desktop app to save a PDF; says where it went, or nothing when the user cancelled. */
async function saveAsPdf(letter: LetterPdfRequest, bridge: NonNullable<Window['debrief']>): Promise<Notice | null> {
  try {
    const result = await bridge.printLetterToPdf(letter)
    if (!result.ok) return { tone: 'error', text: result.error.message }
    return result.value.saved ? { tone: 'done', text: `Saved the PDF to ${result.value.path}.` } : null
  } catch (error) {
    return { tone: 'error', text: `Could not save the PDF: ${messageOf(error)}` }
  }
}

/**
 * The messages of an interview's follow-ups, drafted from the interview and the notes, for the user
 * to edit and send themselves: copied, opened in their mail app, printed, or phoned.
 */
export function MessagesPane({ interview }: { interview: Interview }) {
  const draft = useMessageDraft(interview)
  const bodyRef = useRef<HTMLTextAreaElement>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [printing, setPrinting] = useState<LetterPdfRequest | null>(null)

  const choose = (key: string) => {
    setNotice(null)
    draft.choose(key)
  }

  const print = async (letter: LetterPdfRequest) => {
    setNotice(null)
    const bridge = window.debrief
    if (bridge) {
      setNotice(await saveAsPdf(letter, bridge))
      return
    }
    // The browser prints what is on the page when print() is called: the sheet must be there first.
    flushSync(() => setPrinting(letter))
    try {
      window.print()
    } finally {
      setPrinting(null)
    }
  }

  return (
    <section className="form-section messages-pane" aria-label="Messages">
      <h2 className="form-section-title">Messages</h2>
      <p className="form-hint">
        Debrief never sends anything itself: copy the text or open it in your mail app, send it, then mark it sent.
      </p>
      <MessageChooser draft={{ ...draft, choose }} />
      <MessageEditor draft={draft} bodyRef={bodyRef} />
      <MessageActions
        interview={interview}
        draft={draft}
        bodyRef={bodyRef}
        report={setNotice}
        print={(letter) => void print(letter)}
      />
      {/* Always in the page, so screen readers announce each new confirmation. */}
      <p className="message-done" role="status">
        {notice?.tone === 'done' && (
          <>
            <Icon name="pass" />
            {notice.text}
          </>
        )}
      </p>
      {notice?.tone === 'error' && (
        <p className="field-message" role="alert">
          <Icon name="error" />
          {notice.text}
        </p>
      )}
      {printing && <PrintSheet letter={printing} />}
    </section>
  )
}
