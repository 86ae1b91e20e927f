import type { TextSegment } from '../../shared/api/contract'

/** A snippet with its matched words marked; plain text nodes only, whatever the notes contain. */
export function Highlighted({ segments }: { segments: readonly TextSegment[] }) {
  return (
    <>{segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : segment.text))}</>
  )
}
