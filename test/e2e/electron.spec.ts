/**
 * Launches the real Electron app on the built main (`out/main/index.js`, from `electron-vite build`) and
 * checks the security surface the unit tests can only fake: the window opens on the app, the page sees
 * exactly the channel functions and no Node. Skipped where the Electron binary is not installed
 * (`ELECTRON_SKIP_BINARY_DOWNLOAD=1`), which is the case on the CI machines (toolchain-notes §6).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const mainEntry = join(repoRoot, 'out', 'main', 'index.js')

/** The Electron executable, or why there is none: `require('electron')` throws without `path.txt`. */
function findElectron(): { path: string } | { reason: string } {
  try {
    const path: unknown = createRequire(import.meta.url)('electron')
    if (typeof path === 'string' && existsSync(path)) return { path }
    return { reason: `require('electron') gave ${String(path)}, which is not an existing file` }
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) }
  }
}

/**
 * The channel names from shared/ipc/channels.ts. Read as text because tsconfig.e2e.json is a composite project
 * that does not include shared/, so importing it would fail the type check; the file stays the one source.
 */
function sharedChannels(): string[] {
  const source = readFileSync(join(repoRoot, 'shared', 'ipc', 'channels.ts'), 'utf8')
  const list = /export const CHANNELS = \[([^\]]*)\]/.exec(source)?.[1] ?? ''
  return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '').sort()
}

const found = findElectron()

test.describe('Electron app', () => {
  test.skip(
    'reason' in found,
    `Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): ${'reason' in found ? found.reason : ''}`,
  )

  let app: ElectronApplication | undefined
  let home: string

  test.beforeEach(async () => {
    if (!('path' in found)) return
    expect(existsSync(mainEntry), `${mainEntry} missing: run electron-vite build first`).toBe(true)
    // A throwaway appData, so the test never opens or creates the user's real DPO Desk database.
    home = mkdtempSync(join(tmpdir(), 'dpo-e2e-home-'))
    const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), APPDATA: join(home, 'AppData') }
    // Chromium refuses to run as root with its sandbox (CI containers); the renderer stays `sandbox: true`.
    const args = process.getuid?.() === 0 ? ['--no-sandbox', mainEntry] : [mainEntry]
    app = await electron.launch({ executablePath: found.path, args, cwd: repoRoot, env })
  })

  test.afterEach(async () => {
    await app?.close()
    if (home) rmSync(home, { recursive: true, force: true })
  })

  test('opens the app window with the bridge and without Node', async () => {
    if (!app) throw new Error('app not launched')
    const page = await app.firstWindow()
    await expect(page).toHaveTitle(/DPO Desk/)
    expect(page.url()).toMatch(/^app:\/\/bundle\//)

    // A fresh profile lands on the first-run screen; a used one on the shell with its navigation.
    await expect(page.locator('[data-testid="start-empty"], [data-testid="nav-register"]').first()).toBeVisible()

    const api = await page.evaluate(() => {
      const bridge = (window as unknown as { api?: Record<string, unknown> }).api ?? {}
      return {
        keys: Object.keys(bridge).sort(),
        allFunctions: Object.values(bridge).every((f) => typeof f === 'function'),
      }
    })
    expect(api).toEqual({ keys: sharedChannels(), allFunctions: true })

    const globals = await page.evaluate(() => {
      const g = globalThis as Record<string, unknown>
      return { process: typeof g['process'], require: typeof g['require'], module: typeof g['module'] }
    })
    expect(globals).toEqual({ process: 'undefined', require: 'undefined', module: 'undefined' })
  })

  test('serves the bundle with the CSP and refuses path traversal', async () => {
    if (!app) throw new Error('app not launched')
    const page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')
    const probe = await page.evaluate(async () => {
      const index = await fetch('app://bundle/index.html')
      const traversal = await fetch('app://bundle/..%2f..%2fetc/passwd')
      return { csp: index.headers.get('content-security-policy') ?? '', traversal: traversal.status }
    })
    expect(probe.csp).toContain("script-src 'self'")
    expect(probe.csp).not.toContain('unsafe-eval')
    expect([400, 404]).toContain(probe.traversal)
  })
})
