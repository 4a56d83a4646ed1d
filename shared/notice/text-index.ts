/**
 * A searchable view of a published privacy notice: words with their character offsets, paragraphs, lines and
 * headings. Every comparison rule works on this, so every finding can point at characters of the original text.
 *
 * Matching is deliberately simple and explainable (no AI, no network): a register phrase is reduced to its
 * content words, and a word matches a word of the text when they share a leading stem. Swedish inflects at the
 * end of the word and builds compounds, so "leverantörer" matches "leverantör" and "tjänsteleverantörer".
 */

/** A range of the published text, with the line (1-based) it starts on, for "line 42" in the UI. */
export interface TextSpan {
  start: number
  end: number
  line: number
}

/** One word of the text, lower-cased, with its offsets. */
export interface Token {
  word: string
  start: number
  end: number
}

/** A range of the text (a paragraph, a heading line). */
export interface TextRange {
  start: number
  end: number
}

/** The indexed text. */
export interface TextIndex {
  text: string
  tokens: Token[]
  paragraphs: TextRange[]
  /** Short lines that read as headings ("Dina rättigheter", "Rätt att göra invändningar"). */
  headings: TextRange[]
  lineStarts: number[]
}

const WORD = /[\p{L}\p{N}]+/gu

/** Words that carry no meaning of their own in a notice, Swedish and English (compared whole). */
const FUNCTION_WORDS = new Set(
  (
    'och att det som för med den till av på är om vi oss vår våra vårt du dig din dina ditt er era ert ni de dem ' +
    'deras sig sin sina sitt en ett eller samt inom från efter under enligt också även kan ska skall får har ' +
    'kommer blir vara så när där här inte alla andra annan annat vilka vilken vilket hur vad mot via utan genom ' +
    'mm etc exempelvis bland annat data ' +
    'and the of to for with in on by from our we us you your or as is are be been it its this that these those ' +
    'which who when where how what not all other any may can will such also'
  ).split(' '),
)

/** Stems that appear throughout any privacy notice and so tell nothing apart (compared as prefixes). */
const GENERIC_STEMS = ['personuppgift', 'uppgift', 'behandl', 'informat', 'personal', 'process', 'information']

/** Lower-cases with Swedish rules, so Å, Ä, Ö fold as a Swede expects. */
export const fold = (s: string): string => s.toLocaleLowerCase('sv')

function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: fold(m[0]), start: m.index, end: m.index + m[0].length }))
}

function paragraphsOf(text: string): TextRange[] {
  const out: TextRange[] = []
  // A paragraph ends at a line holding only white space (the seed text uses lines of spaces as separators).
  const separator = /\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)+/g
  let start = 0
  for (const m of text.matchAll(separator)) {
    if (text.slice(start, m.index).trim()) out.push({ start, end: m.index })
    start = m.index + m[0].length
  }
  if (text.slice(start).trim()) out.push({ start, end: text.length })
  return out
}

function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return starts
}

/**
 * A line reads as a heading when it is short, starts with a capital, does not end a sentence, and the next line
 * does not carry on its sentence in lower case (a short wrapped line is not a heading).
 */
function isHeadingLine(line: string, next: string): boolean {
  const t = line.trim()
  const short = t.length >= 3 && t.length <= 70 && /^\p{Lu}/u.test(t)
  return short && !/[.,;:]$/.test(t) && !/[@:]/.test(t) && !/^\p{Ll}/u.test(next.trim())
}

function headingsOf(text: string, lineStarts: number[]): TextRange[] {
  const lines = lineStarts.map((start, i) => ({ start, end: (lineStarts[i + 1] ?? text.length + 1) - 1 }))
  return lines.filter((r, i) => {
    const next = lines[i + 1]
    return isHeadingLine(text.slice(r.start, r.end), next ? text.slice(next.start, next.end) : '')
  })
}

/** Indexes a published text once; all rules share the index. */
export function indexText(text: string): TextIndex {
  const lineStarts = lineStartsOf(text)
  return {
    text,
    tokens: tokenize(text),
    paragraphs: paragraphsOf(text),
    headings: headingsOf(text, lineStarts),
    lineStarts,
  }
}

/** The 1-based line an offset is on. */
export function lineOf(index: TextIndex, offset: number): number {
  let lo = 0
  let hi = index.lineStarts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (index.lineStarts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}

/** A span of the text, trimmed of surrounding white space, with its line. */
export function spanOf(index: TextIndex, start: number, end: number): TextSpan {
  let s = start
  let e = end
  while (s < e && /\s/.test(index.text[s]!)) s++
  while (e > s && /\s/.test(index.text[e - 1]!)) e--
  return { start: s, end: e, line: lineOf(index, s) }
}

/** Every match of a pattern, as spans (the pattern needs the `g` flag). */
export function findAll(index: TextIndex, pattern: RegExp): TextSpan[] {
  return [...index.text.matchAll(pattern)].map((m) => spanOf(index, m.index, m.index + m[0].length))
}

/** The paragraph holding an offset. */
export function paragraphAt(index: TextIndex, offset: number): TextRange {
  return index.paragraphs.find((p) => p.start <= offset && offset < p.end) ?? { start: offset, end: offset }
}

/** The sentence holding an offset, bounded by its paragraph (wrapped lines do not end a sentence). */
export function sentenceAt(index: TextIndex, offset: number): TextSpan {
  const p = paragraphAt(index, offset)
  const before = index.text.slice(p.start, offset)
  const lastStop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('.\n'), before.lastIndexOf('? '))
  // A heading line inside the paragraph also ends whatever came before it.
  const heading = index.headings.filter((h) => h.start >= p.start && h.end < offset).at(-1)
  const start = Math.max(lastStop >= 0 ? p.start + lastStop + 2 : p.start, heading ? heading.end + 1 : p.start)
  const after = index.text.slice(offset, p.end).search(/[.?!](\s|$)/)
  const end = after >= 0 ? offset + after + 1 : p.end
  return spanOf(index, start, end)
}

/** The part of the text under the heading before `offset`, up to the next heading; its heading line included. */
export function sectionAt(index: TextIndex, offset: number): { heading: string; range: TextRange } {
  const before = index.headings.filter((h) => h.start <= offset).at(-1)
  const next = index.headings.find((h) => h.start > offset)
  const start = before?.start ?? 0
  return {
    heading: before ? index.text.slice(before.start, before.end).trim() : '',
    range: { start, end: next?.start ?? index.text.length },
  }
}

/** The content words of a register phrase: lower-cased, without function words and generic stems, unique. */
export function keywordsOf(phrase: string): string[] {
  const words = tokenize(phrase).map((t) => t.word)
  const content = words.filter(
    (w) => w.length >= 3 && !FUNCTION_WORDS.has(w) && !GENERIC_STEMS.some((g) => w.startsWith(g)),
  )
  return [...new Set(content)]
}

/** The leading part of a keyword that a text word must share: the whole short word, else all but 4 letters. */
function stemOf(keyword: string): string {
  return keyword.slice(0, Math.min(keyword.length, Math.max(5, keyword.length - 4)))
}

/** Whether a text word is the keyword, an inflection of it, or a compound ending in it. */
export function wordMatches(keyword: string, word: string): boolean {
  const stem = stemOf(keyword)
  return word.startsWith(stem) || (stem.length >= 6 && word.includes(stem))
}

/** How well one paragraph covers a set of keywords. */
export interface ParagraphMatch {
  paragraph: TextRange
  matched: string[]
  total: number
  /** Matched / total, 0–1. */
  score: number
  hits: Token[]
}

/**
 * The words of a range plus each pair of neighbours written together, since Swedish texts split compounds
 * ("tredjeparts leverantörer", "direkt marknadsföring") that the register writes as one word.
 */
function wordsIn(index: TextIndex, range: TextRange): Token[] {
  const tokens = index.tokens.filter((t) => t.start >= range.start && t.end <= range.end)
  const pairs = tokens.slice(1).flatMap((t, i) => {
    const prev = tokens[i]!
    const gap = index.text.slice(prev.end, t.start)
    return /^[ -]$/.test(gap) ? [{ word: prev.word + t.word, start: prev.start, end: t.end }] : []
  })
  return [...tokens, ...pairs]
}

// Compounds shorter than this are not split: short heads such as "kund" would match too much.
const MIN_SPLIT_LENGTH = 10
const MIN_PART = 4

/**
 * The text's words for a long compound keyword the text writes in parts: "marknadsföringscookies" is found where
 * the text has both "marknadsföring" and "cookies" (a linking -s dropped).
 */
function compoundHits(keyword: string, tokens: readonly Token[]): Token[] {
  if (keyword.length < MIN_SPLIT_LENGTH) return []
  for (let i = MIN_PART; i <= keyword.length - MIN_PART; i++) {
    const head = keyword.slice(0, i)
    const tail = keyword.slice(i)
    const headHits = tokens.filter(
      (t) => wordMatches(head, t.word) || (head.endsWith('s') && wordMatches(head.slice(0, -1), t.word)),
    )
    const tailHits = headHits.length ? tokens.filter((t) => wordMatches(tail, t.word)) : []
    if (tailHits.length) return [...headHits, ...tailHits]
  }
  return []
}

function matchIn(index: TextIndex, paragraph: TextRange, keywords: readonly string[]): ParagraphMatch {
  const tokens = wordsIn(index, paragraph)
  const hits: Token[] = []
  const matched = keywords.filter((k) => {
    const direct = tokens.filter((t) => wordMatches(k, t.word))
    const found = direct.length ? direct : compoundHits(k, tokens)
    hits.push(...found)
    return found.length > 0
  })
  return {
    paragraph,
    matched,
    total: keywords.length,
    score: keywords.length ? matched.length / keywords.length : 0,
    hits,
  }
}

/** How well a given range of the text covers the keywords. */
export function matchRange(index: TextIndex, range: TextRange, keywords: readonly string[]): ParagraphMatch {
  return matchIn(index, range, keywords)
}

/** The paragraph that covers the most of the keywords (the earliest on a tie), or null when none matches any. */
export function bestParagraph(index: TextIndex, keywords: readonly string[]): ParagraphMatch | null {
  let best: ParagraphMatch | null = null
  for (const p of index.paragraphs) {
    const m = matchIn(index, p, keywords)
    if (m.matched.length > 0 && (!best || m.score > best.score)) best = m
  }
  return best
}

/** Whether any word of the text matches the keyword. */
export function textHasWord(index: TextIndex, keyword: string): boolean {
  return index.tokens.some((t) => wordMatches(keyword, t.word))
}
