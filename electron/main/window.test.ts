import type { BrowserWindowConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { createMainWindow, focusWindow, type MainWindowOptions } from './window'

const base: MainWindowOptions = {
  preloadPath: '/app/out/preload/index.cjs',
  state: { x: 10, y: 20, width: 1200, height: 800, maximized: false },
  title: 'DPO Desk',
}

/** A BrowserWindow stand-in that records its options and lets the test fire `ready-to-show`. */
function fakeWindowClass() {
  const created: FakeWindow[] = []
  class FakeWindow {
    readonly options: BrowserWindowConstructorOptions
    readyToShow: (() => void) | undefined
    show = vi.fn()
    maximize = vi.fn()
    constructor(options: BrowserWindowConstructorOptions) {
      this.options = options
      created.push(this)
    }
    once(_event: 'ready-to-show', listener: () => void) {
      this.readyToShow = listener
    }
  }
  return { FakeWindow, created }
}

/** The options the window was constructed with. */
function optionsFor(options: MainWindowOptions): BrowserWindowConstructorOptions {
  const { FakeWindow } = fakeWindowClass()
  return createMainWindow(FakeWindow, options).options
}

describe('main window options', () => {
  const prefs = optionsFor(base).webPreferences ?? {}

  it('isolates and sandboxes the renderer, with the web security model on', () => {
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.sandbox).toBe(true)
    expect(prefs.webSecurity).toBe(true)
    expect(prefs.allowRunningInsecureContent).toBe(false)
  })

  it('gives the renderer no Node, no experiments and no webviews', () => {
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.nodeIntegrationInWorker).toBe(false)
    expect(prefs.nodeIntegrationInSubFrames).toBe(false)
    expect(prefs.experimentalFeatures).toBe(false)
    expect(prefs.enableBlinkFeatures).toBeUndefined()
    expect(prefs.disableBlinkFeatures).toBe('Auxclick')
    expect(prefs.webviewTag).toBe(false)
    expect(prefs.spellcheck).toBe(false)
    expect(prefs.navigateOnDragDrop).toBe(false)
  })

  it('loads the built CJS preload', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs')
  })

  it('starts hidden with the remembered bounds', () => {
    const o = optionsFor(base)
    expect(o.show).toBe(false)
    expect(o).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, minWidth: 800, minHeight: 560 })
  })

  it('leaves placement to the OS when no position was saved', () => {
    const o = optionsFor({ ...base, state: { width: 1280, height: 820, maximized: false } })
    expect('x' in o || 'y' in o).toBe(false)
    expect(o).toMatchObject({ width: 1280, height: 820 })
  })
})

describe('createMainWindow', () => {
  it('shows the window only when ready', () => {
    const { FakeWindow, created } = fakeWindowClass()
    const win = createMainWindow(FakeWindow, base)
    expect(created).toEqual([win])
    expect(win.options.webPreferences?.sandbox).toBe(true)
    expect(win.show).not.toHaveBeenCalled()
    win.readyToShow?.()
    expect(win.show).toHaveBeenCalledOnce()
    expect(win.maximize).not.toHaveBeenCalled()
  })

  it('maximizes a window that was maximized when closed', () => {
    const { FakeWindow } = fakeWindowClass()
    const win = createMainWindow(FakeWindow, { ...base, state: { ...base.state, maximized: true } })
    win.readyToShow?.()
    expect(win.maximize).toHaveBeenCalledOnce()
    expect(win.show).toHaveBeenCalledOnce()
  })
})

describe('focusWindow', () => {
  const fake = (minimized: boolean) => ({
    isMinimized: () => minimized,
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  })

  it('restores a minimized window and focuses it', () => {
    const win = fake(true)
    focusWindow(win)
    expect(win.restore).toHaveBeenCalledOnce()
    expect(win.focus).toHaveBeenCalledOnce()
  })

  it('only focuses a visible window, and ignores a missing one', () => {
    const win = fake(false)
    focusWindow(win)
    expect(win.restore).not.toHaveBeenCalled()
    expect(win.focus).toHaveBeenCalledOnce()
    expect(() => focusWindow(null)).not.toThrow()
  })
})
