/**
 * The main window. Its webPreferences are the security baseline (safety-and-speed §1, target 1) and are
 * asserted by window.test.ts; change them only with that test.
 */
import type { BrowserWindowConstructorOptions } from 'electron'
import { MIN_WINDOW_SIZE, type WindowState } from './window-state'

export interface MainWindowOptions {
  /** Absolute path of the built preload (`out/preload/index.cjs`). */
  preloadPath: string
  /** Remembered placement, already fitted to the displays. */
  state: WindowState
  title: string
  /** Painted before the first frame, so the window does not flash white in a dark theme. */
  backgroundColor?: string
}

/** The slice of a BrowserWindow this module drives. */
export interface ShowableWindow {
  once(event: 'ready-to-show', listener: () => void): unknown
  show(): void
  maximize(): void
}

/** Position and size from the saved state; without a saved position the OS centres the window. */
function placement(state: WindowState): BrowserWindowConstructorOptions {
  const position = state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}
  return { ...position, width: state.width, height: state.height }
}

/**
 * Creates the main window, hidden until its first frame is ready, then shown (maximized if it was).
 * The options are written out at the `new BrowserWindow` call on purpose: Electronegativity only reads
 * literal options there, and reports anything it cannot see as a missing contextIsolation/sandbox.
 */
export function createMainWindow<W extends ShowableWindow>(
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W,
  options: MainWindowOptions,
): W {
  const win = new BrowserWindow({
    ...placement(options.state),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: options.title,
    backgroundColor: options.backgroundColor ?? '#ffffff',
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Middle-click would otherwise try to open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
      // Dropping a file on the window would otherwise try to navigate to file://.
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  })
  win.once('ready-to-show', () => {
    if (options.state.maximized) win.maximize()
    win.show()
  })
  return win
}

/** The slice of a BrowserWindow needed to bring it forward. */
export interface FocusableWindow {
  isMinimized(): boolean
  restore(): void
  show(): void
  focus(): void
}

/** Brings the existing window to the front, e.g. when a second instance is started. */
export function focusWindow(win: FocusableWindow | null | undefined): void {
  if (!win) return
  if (win.isMinimized()) win.restore()
  win.show()
  win.focus()
}
