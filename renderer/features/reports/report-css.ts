/**
 * The print stylesheet of every report: A4, a cover page with the organisation and the seal, numbered sections,
 * tables that repeat their header row on each page, and the register's dense entries ("Label: value" paragraphs
 * with a hanging indent, a thin rule above each activity). Plain blocks and fixed-layout tables only: the print
 * engine lays them out cheaply at thousands of pages. All rules sit under `.dpo-report`, so the same sheet styles
 * the in-app preview without touching the rest of the app. It is a constant: no user text is ever put into it.
 */
export const REPORT_CSS = `
@page { size: A4; margin: 16mm 12mm 16mm 12mm; }
.dpo-report { font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 9.5pt;
  line-height: 1.4; color: #1a1a1a; background: #fff; }
.dpo-report * { box-sizing: border-box; }
.dpo-report .cover { page-break-after: always; break-after: page; }
.dpo-report .cover-org { font-size: 13pt; font-weight: 600; }
.dpo-report .cover-orgline { color: #555; margin-bottom: 18mm; }
.dpo-report h1 { font-size: 22pt; margin: 0 0 4pt; color: #0b3d63; }
.dpo-report .subtitle { font-size: 11pt; color: #444; margin: 0 0 10mm; }
.dpo-report h2 { font-size: 14pt; color: #0b3d63; border-bottom: 1.5pt solid #0b3d63; padding-bottom: 2pt; margin: 14pt 0 6pt; }
.dpo-report h3 { font-size: 12pt; color: #0b3d63; margin: 12pt 0 5pt; }
.dpo-report h4 { font-size: 10pt; margin: 9pt 0 3pt; }
.dpo-report h2, .dpo-report h3, .dpo-report h4 { break-after: avoid; page-break-after: avoid; }
.dpo-report section.page-break { break-before: page; page-break-before: always; }
.dpo-report p { margin: 0 0 6pt; }
.dpo-report table { width: 100%; border-collapse: collapse; margin: 0 0 6pt; table-layout: fixed; }
.dpo-report th, .dpo-report td { text-align: left; vertical-align: top; padding: 3pt 5pt; white-space: pre-line;
  overflow-wrap: anywhere; }
.dpo-report tr { break-inside: avoid; page-break-inside: avoid; }
.dpo-report thead { display: table-header-group; }
.dpo-report table.grid th { background: #e8eef4; border: 0.5pt solid #b7c4d1; font-weight: 600; }
.dpo-report table.grid td { border: 0.5pt solid #cfd8e1; }
.dpo-report table.grid th, .dpo-report table.grid td { font-size: 8.5pt; padding: 2pt 4pt; line-height: 1.3; }
.dpo-report table.fields th { width: 34%; font-weight: 600; color: #333; border-bottom: 0.5pt solid #e3e3e3; }
.dpo-report table.fields td { border-bottom: 0.5pt solid #e3e3e3; }
.dpo-report .entries p { margin: 0 0 1pt; padding-left: 10pt; text-indent: -10pt; white-space: pre-line;
  overflow-wrap: anywhere; font-size: 8.5pt; line-height: 1.3; }
.dpo-report .entries b { font-weight: 600; color: #333; }
.dpo-report .entries .missing, .dpo-report .entries .missing b { color: #a11d1d; }
.dpo-report section.entry { border-top: 0.5pt solid #b7c4d1; padding-top: 3pt; margin-top: 7pt; }
.dpo-report section.entry > h3 { margin: 0 0 1pt; font-size: 10.5pt; }
.dpo-report section.entry > h3 + p { color: #555; margin: 0 0 2pt; font-size: 8.5pt; break-after: avoid;
  page-break-after: avoid; }
.dpo-report .empty { color: #888; font-style: italic; }
.dpo-report .missing th, .dpo-report .missing td, .dpo-report h4.missing { color: #a11d1d; }
.dpo-report .missing .empty { color: #a11d1d; font-style: normal; font-weight: 600; }
.dpo-report .hash { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 8pt; }
.dpo-report .notice { border-left: 3pt solid #7a9cc6; background: #f3f6fa; padding: 4pt 6pt; }
.dpo-report .notice.warning { border-left-color: #c77d00; background: #fff7e8; }
.dpo-report nav.toc { margin-top: 10mm; }
.dpo-report nav.toc ol { list-style: none; padding-left: 0; margin: 0; }
.dpo-report nav.toc ol ol { padding-left: 14pt; }
.dpo-report nav.toc li { margin: 1.5pt 0; }
.dpo-report nav.toc a { color: #1a1a1a; text-decoration: none; }
.dpo-report .num { display: inline-block; min-width: 26pt; padding-right: 5pt; color: #0b3d63; font-weight: 600; }
@media screen {
  .dpo-report { max-width: 210mm; margin: 0 auto 24px; padding: 18mm 14mm; box-shadow: 0 1px 6px rgba(0,0,0,.25); }
  .dpo-report section.page-break { border-top: 1px dashed #bbb; margin-top: 18px; padding-top: 6px; }
}
`
