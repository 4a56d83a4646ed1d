/**
 * The notice document as Markdown (for the website's CMS) and as a self-contained HTML page (for the PDF through
 * the report pipeline). Every register string is escaped: the PDF window renders HTML, and a record named
 * `<img src=x onerror=…>` must print as text (safety-and-speed.md §4).
 */
import type { NoticeBlock, NoticeDocument, NoticeText } from './notice.document'

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text safe to put between HTML tags or in a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!)
}

/** Text that Markdown shows literally: its syntax characters escaped, line breaks kept as spaces. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\s*\n\s*/g, ' ')
      .replace(/([\\`*_[\]|<>~])/g, '\\$1')
      // Only at the start of a line do these begin a heading or a list.
      .replace(/^(\s*)([-+=#])/, '$1\\$2')
      .replace(/^(\s*\d+)\./, '$1\\.')
  )
}

/** "Label:" — but a label that is a question keeps its question mark alone. */
export const labelWithColon = (label: string): string => (/[?:]$/.test(label) ? label : `${label}:`)

const mdText = (t: NoticeText): string => (t.missing ? `**${escapeMarkdown(t.text)}**` : escapeMarkdown(t.text))

function blockToMarkdown(block: NoticeBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return mdText(block.text)
    case 'list':
      return block.items.map((i) => `- ${mdText(i)}`).join('\n')
    case 'facts':
      return block.facts.map((f) => `- **${escapeMarkdown(labelWithColon(f.label))}** ${mdText(f.value)}`).join('\n')
    case 'callout':
      return [...block.paragraphs.map(mdText), ...block.items.map((i) => `- ${mdText(i)}`)]
        .map((line) => `> ${line}`)
        .join('\n>\n')
  }
}

/** The notice as Markdown: `#` title, `##`/`###` sections, facts as bold-labelled list items. */
export function noticeToMarkdown(doc: NoticeDocument): string {
  const parts = [`# ${escapeMarkdown(doc.title)}`]
  for (const s of doc.sections) {
    parts.push(`${'#'.repeat(s.level)} ${escapeMarkdown(s.heading)}`)
    parts.push(...s.blocks.map(blockToMarkdown))
  }
  return parts.join('\n\n') + '\n'
}

const htmlText = (t: NoticeText): string =>
  t.missing ? `<mark class="missing">${escapeHtml(t.text)}</mark>` : escapeHtml(t.text)

function blockToHtml(block: NoticeBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${htmlText(block.text)}</p>`
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${htmlText(i)}</li>`).join('')}</ul>`
    case 'facts':
      return `<dl>${block.facts.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${htmlText(f.value)}</dd>`).join('')}</dl>`
    case 'callout': {
      const items = block.items.length ? `<ul>${block.items.map((i) => `<li>${htmlText(i)}</li>`).join('')}</ul>` : ''
      return `<aside class="callout">${block.paragraphs.map((p) => `<p>${htmlText(p)}</p>`).join('')}${items}</aside>`
    }
  }
}

const STYLE = `
body { font-family: 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a; margin: 0; }
h1 { font-size: 20pt; margin: 0 0 12pt; }
h2 { font-size: 14pt; margin: 18pt 0 6pt; border-bottom: 1px solid #ccc; padding-bottom: 2pt; }
h3 { font-size: 12pt; margin: 12pt 0 4pt; }
dl { display: grid; grid-template-columns: 14em 1fr; gap: 3pt 12pt; margin: 0; }
dt { font-weight: 600; } dd { margin: 0; }
.callout { border: 2px solid #1565c0; background: #e3f2fd; padding: 8pt 12pt; border-radius: 4pt; }
mark.missing { background: #ffe0b2; color: #8a3b00; }
h2, h3 { break-after: avoid-page; } dt, dd, li { break-inside: avoid; }
footer { margin-top: 24pt; font-size: 9pt; color: #666; }`

/** A complete HTML document for `pdf:print`: no scripts, no external resources, a CSP that allows neither. */
export function noticeToHtml(doc: NoticeDocument, footer = ''): string {
  const body = doc.sections
    .map(
      (s) =>
        `<section id="${escapeHtml(s.id)}"><h${s.level}>${escapeHtml(s.heading)}</h${s.level}>${s.blocks.map(blockToHtml).join('')}</section>`,
    )
    .join('\n')
  return [
    '<!doctype html>',
    `<html lang="${doc.locale}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(doc.title)}</title><style>${STYLE}</style></head>`,
    `<body><h1>${escapeHtml(doc.title)}</h1>`,
    body,
    footer ? `<footer>${escapeHtml(footer)}</footer>` : '',
    '</body></html>',
  ].join('\n')
}
