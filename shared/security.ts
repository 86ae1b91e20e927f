/**
 * The page's Content-Security-Policy, in one place: serve-web and the desktop app's app:// protocol
 * send it as a header, and the build writes it into index.html's meta tag (electron.vite.config.ts).
 * No inline or remote script; inline styles only because React and CodeMirror set style attributes.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
]

export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ')

/** A meta tag cannot carry frame-ancestors (browsers ignore it there, with a warning). */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.join('; ')
