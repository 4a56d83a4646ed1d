import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { formatPath, issueLines } from './zod-issues'

const FileSchema = z.strictObject({
  activities: z.array(
    z.strictObject({ purposes: z.array(z.strictObject({ legalBasis: z.enum(['a_consent', 'b_contract']) })) }),
  ),
})

describe('formatPath', () => {
  it('writes indexes in brackets and keys with dots', () => {
    expect(formatPath(['activities', 3, 'purposes', 0, 'legalBasis'])).toBe('activities[3].purposes[0].legalBasis')
    expect(formatPath([0, 'name'])).toBe('[0].name')
    expect(formatPath([])).toBe('')
  })
})

describe('issueLines', () => {
  it('names the path of a bad enum deep in a file', () => {
    const activities = [0, 1, 2, 3].map((i) => ({ purposes: [{ legalBasis: i === 3 ? 'samtycke' : 'a_consent' }] }))
    const r = FileSchema.safeParse({ activities })
    expect(r.success).toBe(false)
    const lines = issueLines(r.error!)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^activities\[3\]\.purposes\[0\]\.legalBasis: /)
  })

  it('says (root) for a problem with the whole value, and stops at the limit', () => {
    expect(issueLines(FileSchema.safeParse(42).error!)[0]).toMatch(/^\(root\): /)
    const many = z.array(z.string()).safeParse([1, 2, 3, 4, 5])
    expect(issueLines(many.error!, 3)).toEqual([
      expect.stringMatching(/^\[0\]: /),
      expect.stringMatching(/^\[1\]: /),
      expect.stringMatching(/^\[2\]: /),
    ])
    expect(issueLines(many.error!)).toHaveLength(5)
  })
})
