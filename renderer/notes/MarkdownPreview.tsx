import { useDeferredValue, useMemo } from 'react'
import { renderNotes } from './markdownPreview'

/** The notes rendered, sanitised (markdownPreview.ts); rendering trails typing rather than slowing it. */
export function MarkdownPreview({ source }: { source: string }) {
  const deferred = useDeferredValue(source)
  const html = useMemo(() => renderNotes(deferred), [deferred])
  return (
    <div className="markdown-preview" role="document" aria-label="Preview" tabIndex={0}>
      {deferred.trim() ? (
        <div dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <p className="notes-hint">The preview shows here as you write.</p>
      )}
    </div>
  )
}
