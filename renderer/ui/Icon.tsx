/** A codicon, decorative: whatever holds it carries the accessible name. */
export function Icon({ name, className }: { name: string; className?: string }) {
  return <span className={`codicon codicon-${name}${className ? ` ${className}` : ''}`} aria-hidden="true" />
}
