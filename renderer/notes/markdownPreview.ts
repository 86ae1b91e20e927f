import createDOMPurify from 'dompurify'
import MarkdownIt, { type StateCore } from 'markdown-it'

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

const TASK = /^\[([ xX])\](?:\s|$)/

/** "- [ ] call HR" and "- [x] sent thanks" render as checkboxes, shown but not clickable. */
function taskLists(state: StateCore): void {
  const { tokens } = state
  for (let index = 2; index < tokens.length; index++) {
    const inline = tokens[index]!
    if (inline.type !== 'inline' || tokens[index - 1]!.type !== 'paragraph_open') continue
    if (tokens[index - 2]!.type !== 'list_item_open') continue
    const first = inline.children?.[0]
    const match = first?.type === 'text' ? TASK.exec(first.content) : null
    if (!first || !match) continue
    first.content = first.content.slice(match[0].length)
    const checked = match[1] !== ' '
    const box = new state.Token('html_inline', '', 0)
    box.content = `<input type="checkbox" disabled${checked ? ' checked' : ''} aria-label="${checked ? 'Done' : 'Not done'}"> `
    inline.children!.unshift(box)
    tokens[index - 2]!.attrJoin('class', 'task-item')
  }
}
markdown.core.ruler.after('inline', 'task-lists', taskLists)

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
})

const SANITIZE = {
  ALLOWED_URI_REGEXP: SAFE_LINK,
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
