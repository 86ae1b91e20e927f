import createDOMPurify from 'dompurify'
import taskLists from 'markdown-it-task-lists'
import MarkdownIt from 'markdown-it'

/** The only links that leave the app: web pages over https, and email. Everything else shows as text. */
const SAFE_LINK = /^(?:https:|mailto:)/i

const markdown = MarkdownIt({ html: false, linkify: true, typographer: false })
// Only links written out in full become links: a bare "example.com" would become http://, which is refused.
markdown.linkify.set({ fuzzyLink: false, fuzzyEmail: false })
markdown.validateLink = (url) => SAFE_LINK.test(url.trim())

const { escapeHtml } = markdown.utils

// Pictures would load from the network; the preview shows a link to them instead.
markdown.renderer.rules.image = (tokens, index) => {
  const token = tokens[index]!
  const source = String(token.attrGet('src') ?? '')
  const label = token.content || source
  return `<a href="${escapeHtml(source)}">${escapeHtml(label)}</a>`
}

// "- [ ] call HR" and "- [x] sent thanks" render as real checkboxes, shown but not clickable (the
// notes are the source of truth). markdown-it-task-lists: 2.8 million downloads a week, no
// dependencies; HedgeDoc's newer fork imports markdown-it/lib/token.js, which markdown-it 15 no longer exports.
markdown.use(taskLists, { enabled: false, label: false })
// An item with no text yet, as the summary template's "- [ ] ", is a box too: the plugin, as GitHub, wants
// text after it, and the preview showed "• [ ]" (a walkthrough).
markdown.core.ruler.before('github-task-lists', 'empty-task-items', (state) => {
  for (const token of state.tokens) {
    const last = token.children?.at(-1)
    if (token.type !== 'inline' || !last || !/^\[[ xX]\]$/.test(token.content)) continue
    token.content += ' '
    last.content += ' '
  }
})

const purify = createDOMPurify(window)
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    const href = node.getAttribute('href')
    if (href && SAFE_LINK.test(href)) {
      // The system browser opens it: Electron routes new windows to it, a browser opens a new tab.
      node.setAttribute('target', '_blank')
      node.setAttribute('rel', 'noopener noreferrer')
    } else {
      node.removeAttribute('href')
    }
  }
  if (node.tagName === 'INPUT' && node.getAttribute('type') !== 'checkbox') node.remove()
  else if (node.tagName === 'INPUT') {
    // Named by its item, so a screen reader says "Done: send thanks", not just "checkbox".
    const item = node.closest('li')?.textContent?.trim() ?? ''
    const state = node.hasAttribute('checked') ? 'Done' : 'To do'
    node.setAttribute('aria-label', item ? `${state}: ${item}` : state)
  }
})

const SANITIZE = {
  ALLOWED_URI_REGEXP: SAFE_LINK,
  // With ALLOWED_URI_REGEXP narrowed to links, DOMPurify would judge type="checkbox" as a URI and drop
  // it, and the task-list checkboxes with it (then removed as inputs of another type).
  ADD_URI_SAFE_ATTR: ['type'],
  FORBID_TAGS: ['style', 'form', 'img', 'svg', 'math', 'iframe', 'object', 'embed', 'button', 'textarea', 'select'],
  FORBID_ATTR: ['style', 'id', 'name'],
  ALLOW_DATA_ATTR: false,
}

/**
 * Notes as HTML for the preview. markdown-it never passes the user's own HTML through (html: false:
 * `<script>` shows as text) and refuses links that are not https or mailto; DOMPurify then strips
 * anything executable that might still get through, as a second, independent guard.
 */
export function renderNotes(source: string): string {
  return purify.sanitize(markdown.render(source), SANITIZE)
}
