import { useDeferredValue, useMemo } from 'react'
import { renderNotes } from './markdownPreview'

/**
 * The notes rendered, sanitised (markdownPreview.ts); rendering trails typing rather than slowing it.
 * `onWrite`: shown alone, empty notes offer the editor; "Preview only", kept for every interview, left
 * notes not yet written with nowhere to write them (a walkthrough).
 */
export function MarkdownPreview({ source, onWrite }: { source: string; onWrite?: () => void }) {
  const deferred = useDeferredValue(source)
  const html = useMemo(() => renderNotes(deferred), [deferred])
  return (
    <div className="markdown-preview" role="document" aria-label="Preview" tabIndex={0}>
      {deferred.trim() ? (
        <div dangerouslySetInnerHTML={{ __html: html }} />
      ) : onWrite ? (
        <p className="notes-hint">
          No notes yet.{' '}
          <button type="button" className="button button-secondary" onClick={onWrite}>
            Write notes
          </button>
        </p>
      ) : (
        <p className="notes-hint">The preview shows here as you write.</p>
      )}
    </div>
  )
}
