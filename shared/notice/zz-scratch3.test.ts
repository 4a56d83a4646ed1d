import { it } from 'vitest'
import { composeNotice } from './notice.document'
import { completeSources } from './notice.fixtures'
import { buildNoticeModel } from './notice.model'
import { noticeToMarkdown } from './notice.render'
import { markdownToText } from './published-text'
import { indexText } from './text-index'
it('s3', () => {
  const md = noticeToMarkdown(composeNotice(buildNoticeModel(completeSources()), 'sv'))
  const t = markdownToText(md)
  console.log(md)
  console.log('=====')
  console.log(t)
  const idx = indexText(t)
  console.log(idx.headings.map((h) => t.slice(h.start, h.end)).join(' | '))
})
