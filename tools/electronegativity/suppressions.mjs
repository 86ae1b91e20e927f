/**
 * What check.mjs accepts from Electronegativity, each with the reason. A HIGH or MEDIUM finding not
 * listed here fails the check; so does an entry that no longer matches anything (it would hide the
 * next finding of that kind). `scan` is 'sources' (electron/, renderer/, shared/) or 'build' (out/);
 * `file` is relative to what was scanned; `count` is how many findings the entry covers (default 1),
 * so a second window or a second openExternal in the same file is a new finding.
 */

/** Checks not run at all. */
export const excludedChecks = [
  {
    check: 'AvailableSecurityFixesGlobalCheck',
    why:
      "Downloads Electron's release list from GitHub on every run, which CI cannot reach. Electron updates are " +
      'tracked with the other dependencies (npm outdated), not by this scan.',
  },
]

/** Why the two windows' options pass every check, though the scanner cannot see it. */
const SECURE_PREFERENCES =
  "The main window's webPreferences come from secureWebPreferences() (electron/main/window.ts): " +
  'contextIsolation and sandbox on, Node integration off everywhere. The scanner only reads an object literal ' +
  'written in the call, so it cannot see them; tests/unit/main/window.test.ts checks the values.'

const NO_NEW_WINDOWS =
  'A middle-click (auxclick) on a link asks for a new window, and electron/main/security.ts denies every new ' +
  "window of every web contents (setWindowOpenHandler → deny, installed on 'web-contents-created' before any " +
  'page exists); tests/unit/main/security.test.ts checks it. The letter window also runs with JavaScript off.'

const CHECKED_OPEN_EXTERNAL =
  'The one shell.openExternal call receives only what externalHrefOf() let through: https: and mailto: URLs, ' +
  'and no mailto: asking to attach files (electron/main/security.ts); tests/unit/main/mail-links.test.ts and ' +
  'security.test.ts check the refusals.'

export const suppressions = [
  {
    scan: 'sources',
    check: 'CSP_GLOBAL_CHECK',
    file: 'N/A',
    why:
      'The Content-Security-Policy is written into the page at build time (electron.vite.config.ts, from ' +
      'shared/security.ts), so the sources hold none; the build scan reads it in out/renderer/index.html.',
  },
  { scan: 'sources', check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'electron/main/window.ts', why: SECURE_PREFERENCES },
  { scan: 'sources', check: 'SANDBOX_JS_CHECK', file: 'electron/main/window.ts', why: SECURE_PREFERENCES },
  { scan: 'sources', check: 'AUXCLICK_JS_CHECK', file: 'electron/main/window.ts', why: NO_NEW_WINDOWS },
  { scan: 'sources', check: 'AUXCLICK_JS_CHECK', file: 'electron/main/letter-pdf.ts', why: NO_NEW_WINDOWS },
  { scan: 'sources', check: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main/security.ts', why: CHECKED_OPEN_EXTERNAL },
  { scan: 'build', check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/index.js', why: SECURE_PREFERENCES },
  { scan: 'build', check: 'SANDBOX_JS_CHECK', file: 'main/index.js', why: SECURE_PREFERENCES },
  { scan: 'build', check: 'AUXCLICK_JS_CHECK', file: 'main/index.js', count: 2, why: NO_NEW_WINDOWS },
  { scan: 'build', check: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/index.js', why: CHECKED_OPEN_EXTERNAL },
]

/** Files the scanner may fail to read; any other unreadable file fails the check, as its findings would be lost. */
export const unreadable = [
  {
    scan: 'build',
    pattern: /^renderer\/assets\/[\w-]+\.js$/,
    why:
      "The renderer bundle uses private class fields (#field), which the scanner's traversal does not know. " +
      'The sources scan reads the same code from renderer/.',
  },
]
