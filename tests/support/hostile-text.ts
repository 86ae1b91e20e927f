/**
 * Text a hostile page, a pasted business card or an imported file might put in a company, role, name or
 * notes. Each script-like payload sets `window[PWNED_FLAG]` if it ever runs, so a test can check that
 * none did; everywhere it must show as the text it is.
 */
export const PWNED_FLAG = '__debriefPwned'

export const HOSTILE = {
  image: `<img src=x onerror="window.${PWNED_FLAG}='img'">`,
  script: `<script>window.${PWNED_FLAG}='script'</script>`,
  svg: `"><svg onload="window.${PWNED_FLAG}='svg'">`,
  javascriptUrl: `javascript:window.${PWNED_FLAG}='link'`,
  /** Right-to-left override: "Acme" followed by text that displays reversed, as in file-name spoofing. */
  rightToLeft: 'Acme \u202Efdp.exe\u202C corp',
  /** As long as a company may be, with nowhere to break a line. */
  long: 'L'.repeat(200),
} as const

/** What a shell would run, were one ever handed the text: each creates `marker`. */
export function shellPayloads(marker: string): string {
  return `$(touch ${marker}) \`touch ${marker}\` "; touch ${marker}; " '; touch ${marker}; '`
}
