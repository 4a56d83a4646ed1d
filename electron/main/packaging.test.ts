/**
 * Guards electron-builder.yml: packaging itself needs the Electron release zip and is not part of `npm test`,
 * so this is where a wrong fuse, a renamed product or a weakened installer would be caught.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js'
import { DebugLogger } from 'builder-util'
import type { Configuration } from 'electron-builder'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { APP_NAME } from './app-identity'

const root = fileURLToPath(new URL('../..', import.meta.url))
let config: Configuration

beforeAll(async () => {
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
  config = await getConfig(root, null, null)
  vi.restoreAllMocks()
})

describe('electron-builder.yml', () => {
  it('is a valid electron-builder configuration', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('flips every fuse safety-and-speed.md §1 target 5 asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
    // ASAR integrity and "only load from ASAR" mean nothing without an ASAR.
    expect(config.asar).toBe(true)
  })

  it('keeps the product name that decides where users’ data lives', () => {
    expect(config.productName).toBe(APP_NAME)
    expect(config.appId).toBe('se.dpodesk.app')
  })

  it('ships only the built app, without source maps', () => {
    // electron-builder normalises the list into one file set.
    expect(config.files).toEqual([{ filter: ['out/**', 'package.json', '!**/*.map'] }])
  })

  it('builds AppImage and deb, NSIS and dmg, and never deletes user data on uninstall', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.win?.target).toEqual(['nsis'])
    expect(config.mac?.target).toEqual(['dmg'])
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false)
  })

  it('is what `npm run dist` uses, and packaging stays out of `npm test`', () => {
    const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { scripts: Record<string, string> }
    expect(pkg.scripts.dist).toBe('electron-vite build && electron-builder')
    expect(pkg.scripts.test).not.toMatch(/electron-builder|dist/)
    expect(readFileSync(`${root}/scripts/test-all.mjs`, 'utf8')).not.toContain('electron-builder')
  })
})
