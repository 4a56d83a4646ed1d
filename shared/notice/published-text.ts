/**
 * Turning a published notice file into plain text. HTML is reduced to its text with tags removed and entities
 * decoded, so the app never renders a web page it was given; Markdown loses its markup. Offsets of findings
 * point into the text this produces, which is what is stored and shown.
 */
import type { PublishedNoticeFormat } from './published-notice.schema'

/** The format a file name suggests, or null for a file the checker does not read. */
export function formatOfFile(name: string): PublishedNoticeFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase()
  if (ext === 'txt' || ext === 'text') return 'text'
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html'
  if (ext === 'md' || ext === 'markdown') return 'markdown'
  return null
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  bull: '•',
  sect: '§',
  copy: '©',
  aring: 'å',
  Aring: 'Å',
  auml: 'ä',
  Auml: 'Ä',
  ouml: 'ö',
  Ouml: 'Ö',
  eacute: 'é',
  Eacute: 'É',
  uuml: 'ü',
  Uuml: 'Ü',
}

/** Decodes the entities a notice is likely to hold; an unknown one is left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10)
      return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : whole
    }
    return NAMED_ENTITIES[code] ?? whole
  })
}

const BLOCK_TAGS =
  /<\/?(p|div|section|article|header|footer|main|aside|nav|h[1-6]|ul|ol|table|tr|blockquote|pre|dl|dt|dd|address|figure|hr)\b[^>]*>/gi

/** The text of an HTML page: head, scripts, styles and comments dropped, blocks on their own lines. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(head|script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n● ')
    .replace(/<\/(td|th)>/gi, '\t')
    .replace(BLOCK_TAGS, '\n\n')
    .replace(/<[^>]*>/g, '')
  return tidy(decodeEntities(text))
}

/** The text of a Markdown file: headings, emphasis, links and code marks removed, line structure kept. */
export function markdownToText(markdown: string): string {
  // [ \t] rather than \s throughout: \s would run across line ends and glue paragraphs together.
  const text = markdown
    .replace(/^>[ \t]?/gm, '')
    .replace(/^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '$1')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^([ \t]*)[-*+][ \t]+/gm, '$1● ')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(\S.*?)\1/g, '$2')
    .replace(/`{1,3}([^`]*)`{1,3}/g, '$1')
    .replace(/\\([\\`*_[\]{}()#+\-.!|<>~])/g, '$1')
  return tidy(text)
}

/** Unix line ends, no BOM, trailing spaces trimmed, at most one blank line in a row. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** The plain text of published content in the given format; plain text only loses a BOM and CR line ends. */
export function publishedText(content: string, format: PublishedNoticeFormat): string {
  const clean = content.replace(/^\uFEFF/, '')
  if (format === 'html') return htmlToText(clean)
  if (format === 'markdown') return markdownToText(clean)
  return clean.replace(/\r\n?/g, '\n')
}
