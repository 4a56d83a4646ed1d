/**
 * The IMY draft as one self-contained HTML document for `pdf:print`: inline print CSS, no script, no external
 * resource, and every string from the record escaped (safety-and-speed.md §4: a breach described as
 * `<img src=x onerror=…>` must print as text).
 */
import type { ImyDraftItem, ImyDraftModel, ImyDraftSection } from './imy-draft.model'

/** Escapes text for HTML element content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** Escaped text with its line breaks kept: `<br>` is inserted only after escaping, so no input can add markup. */
function multiline(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>')
}

const PRINT_CSS = `
@page { size: A4; margin: 18mm 16mm; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", Arial, sans-serif; font-size: 10.5pt; color: #111; line-height: 1.4; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 4pt; }
h2 { font-size: 12pt; margin: 16pt 0 6pt; border-bottom: 1px solid #999; padding-bottom: 2pt; }
.meta { color: #444; margin-bottom: 10pt; }
.warning { border: 1.5pt solid #b26a00; background: #fff4e0; padding: 8pt 10pt; margin: 10pt 0; }
.note { border: 1pt solid #666; padding: 6pt 10pt; margin: 8pt 0; }
table { width: 100%; border-collapse: collapse; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 4pt 6pt; border-bottom: 0.5pt solid #ccc; }
th { width: 42%; font-weight: 600; }
.no { color: #666; font-weight: 400; display: inline-block; min-width: 2.2em; }
.missing { color: #b00020; font-style: italic; }
.secrecy { white-space: normal; }
`

function itemRow(i: ImyDraftItem): string {
  const no = i.no ? `<span class="no">${escapeHtml(i.no)}</span>` : '<span class="no"></span>'
  const answer = i.missing ? '<span class="missing">Uppgift saknas</span>' : multiline(i.answer)
  return `<tr><th>${no}${escapeHtml(i.question)}</th><td>${answer}</td></tr>`
}

function sectionHtml(s: ImyDraftSection): string {
  return `<h2>${escapeHtml(s.title)}</h2><table><tbody>${s.items.map(itemRow).join('')}</tbody></table>`
}

function secrecyHtml(model: ImyDraftModel): string {
  const body = model.secrecyRequest
    ? multiline(model.secrecyRequest)
    : '<span class="missing">Ingen begäran om sekretess angiven</span>'
  const terms =
    model.secrecyTerms.length > 0
      ? `<p class="note">Utkastet nämner: ${escapeHtml(model.secrecyTerms.join(', '))}. Överväg att begära sekretess.</p>`
      : ''
  return `<h2>Sekretess</h2><p><strong>Vad bör omfattas av sekretess och varför?</strong></p><p class="secrecy">${body}</p>${terms}`
}

/** The complete, printable document. */
export function imyDraftHtml(model: ImyDraftModel): string {
  const note = model.note ? `<p class="note">${escapeHtml(model.note)}</p>` : ''
  return [
    '<!doctype html><html lang="sv"><head><meta charset="utf-8">',
    `<title>${escapeHtml(model.title)}</title><style>${PRINT_CSS}</style></head><body>`,
    `<h1>${escapeHtml(model.title)}</h1>`,
    `<div class="meta">${escapeHtml(model.organisationName)} · Referens ${escapeHtml(model.reference)} · `,
    `Utskrivet ${escapeHtml(model.generatedAt)}</div>`,
    `<div class="warning"><strong>Allmän handling.</strong> ${escapeHtml(model.publicRecordWarning)}</div>`,
    note,
    model.sections.map(sectionHtml).join(''),
    secrecyHtml(model),
    '</body></html>',
  ].join('')
}
