import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { APP_NAME, USER_DATA_FOLDER, configureAppIdentity } from './app-identity'

describe('app identity', () => {
  it('keeps the userData folder that existing databases live in', () => {
    // Changing either constant strands every user's IndexedDB: this test is the tripwire.
    expect(USER_DATA_FOLDER).toBe('DPO Desk')
    expect(APP_NAME).toBe('DPO Desk')
  })

  it('matches the productName that packaging uses', () => {
    const pkgUrl = new URL('../../package.json', import.meta.url)
    const pkg = JSON.parse(readFileSync(pkgUrl, 'utf8')) as { productName?: string }
    expect(pkg.productName).toBe(APP_NAME)
  })

  it('sets name and userData under appData', () => {
    const appData = join('/home', 'dpo', '.config')
    const app = { setName: vi.fn(), getPath: vi.fn(() => appData), setPath: vi.fn() }
    const userData = configureAppIdentity(app)
    expect(app.setName).toHaveBeenCalledWith('DPO Desk')
    expect(app.getPath).toHaveBeenCalledWith('appData')
    expect(app.setPath).toHaveBeenCalledWith('userData', join(appData, 'DPO Desk'))
    expect(userData).toBe(join(appData, 'DPO Desk'))
  })

  it('names the app before it touches any path', () => {
    const calls: string[] = []
    const app = {
      setName: vi.fn(() => {
        calls.push('setName')
      }),
      getPath: vi.fn(() => {
        calls.push('getPath')
        return '/x'
      }),
      setPath: vi.fn(() => {
        calls.push('setPath')
      }),
    }
    configureAppIdentity(app)
    expect(calls).toEqual(['setName', 'getPath', 'setPath'])
  })
})
