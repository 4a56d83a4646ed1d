/**
 * The privacy notice (Art 13/14): its model built from the register, LIAs and transfers, written out in Swedish
 * and English (view, Markdown, PDF HTML), and the rule-based comparison with the notice actually published.
 */
export * from './record-ref'
export * from './notice.model'
export * from './notice.phrases'
export * from './notice.document'
export * from './notice.render'
export * from './published-notice.schema'
export * from './published-text'
export * from './text-index'
export * from './notice-finding'
export * from './coverage.rules'
export * from './compare'
export * from './notice.gaps'
export * from './related-sections'
