import { describe, expect, it } from 'vitest'
import { LOW_STORAGE_BYTES, storageLevel, storagePercent } from './storage'

const GB = 1024 ** 3

describe('storageLevel', () => {
  it('warns from 80 % of the quota', () => {
    expect(storageLevel({ usage: 7.99 * GB, quota: 10 * GB })).toBe('ok')
    expect(storageLevel({ usage: 8 * GB, quota: 10 * GB })).toBe('high')
    expect(storageLevel({ usage: 10 * GB, quota: 10 * GB })).toBe('high')
  })

  it('warns with under 500 MB left even below 80 %', () => {
    expect(storageLevel({ usage: 0, quota: LOW_STORAGE_BYTES - 1 })).toBe('low')
    expect(storageLevel({ usage: 0, quota: LOW_STORAGE_BYTES })).toBe('ok')
  })

  it('says nothing when the quota is unknown', () => {
    expect(storageLevel({ usage: 5, quota: 0 })).toBe('ok')
    expect(storagePercent({ usage: 5, quota: 0 })).toBe(0)
  })

  it('rounds the share to whole percent, at most 100', () => {
    expect(storagePercent({ usage: 805, quota: 1000 })).toBe(81)
    expect(storagePercent({ usage: 2000, quota: 1000 })).toBe(100)
  })
})
