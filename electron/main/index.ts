/**
 * Main-process lifecycle: wiring only. Everything with logic lives in the modules imported here, each taking
 * Electron objects as parameters so it can be unit-tested without the Electron binary.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, screen, session, shell } from 'electron'
import { APP_NAME, configureAppIdentity } from './app-identity'
import { registerHandlers } from './ipc/handle'
import { createHandlers } from './ipc/handlers'
import { buildMenuTemplate } from './menu'
import { APP_ENTRY_URL, APP_ORIGIN, originOf } from './origin'
import { handleAppProtocol, registerAppScheme, rendererRoot } from './protocol'
import { denyAllPermissions, hardenWebContents } from './security'
import { appInfo } from './services/app-info'
import { backupsFolder, createBackupStore } from './services/backups'
import type { FileDialog } from './services/file-dialogs'
import { createMarkerStore } from './services/marker'
import { PDF_PARTITION } from './services/pdf'
import { createMainWindow, focusWindow } from './window'
import { readWindowState, saveWindowState } from './window-state'

// ESM main: no __dirname (toolchain-notes pitfall 5).
const here = fileURLToPath(new URL('.', import.meta.url))
const isDev = !app.isPackaged
// electron-vite dev serves the renderer over http; never honoured in a packaged build.
const entryUrl = (isDev ? process.env['ELECTRON_RENDERER_URL'] : undefined) ?? APP_ENTRY_URL
const appOrigin = originOf(entryUrl) ?? APP_ORIGIN

// Before ready, in this order: the userData folder decides where IndexedDB and the single-instance lock live.
const userData = configureAppIdentity(app)
registerAppScheme(protocol)
app.enableSandbox()

let mainWindow: BrowserWindow | null = null

/** Dialogs attached to the app's window, so they are modal to it. */
const fileDialog: FileDialog = {
  showSaveDialog: (options) => {
    const parent = BrowserWindow.getFocusedWindow() ?? mainWindow
    return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options)
  },
  showOpenDialog: (options) => {
    const parent = BrowserWindow.getFocusedWindow() ?? mainWindow
    return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options)
  },
}

const logFailure =
  (what: string) =>
  (error: unknown): void =>
    console.error(`[main] ${what} failed`, error)

async function openMainWindow(): Promise<void> {
  const state = await readWindowState(userData, screen)
  const preloadPath = join(here, '..', 'preload', 'index.cjs')
  const win = createMainWindow(BrowserWindow, { preloadPath, state, title: APP_NAME })
  win.on('close', () => saveWindowState(userData, win))
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null
  })
  mainWindow = win
  await win.loadURL(entryUrl)
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession)
  handleAppProtocol(protocol, rendererRoot(here))
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate('sv', { isDev, isMac: process.platform === 'darwin' })),
  )
  app.setAboutPanelOptions({ applicationName: APP_NAME, applicationVersion: app.getVersion() })
  const backups = createBackupStore(backupsFolder(userData))
  const handlers = createHandlers({
    appInfo: () => appInfo(app, backups.folder),
    dialog: fileDialog,
    documentsFolder: () => app.getPath('documents'),
    backups,
    marker: createMarkerStore(userData),
    shell,
    viewerFolder: () => join(app.getPath('temp'), 'dpo-desk-documents'),
    // The report window's flags are written out here, after the caller's options, so it can never be opened
    // with a weaker sandbox, and so Electronegativity reads them at the `new BrowserWindow` call.
    createPdfWindow: (options) =>
      new BrowserWindow({
        ...options,
        show: false,
        webPreferences: {
          // The report partition, whose session refuses every request (not the app's default session).
          partition: PDF_PARTITION,
          javascript: false,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          webSecurity: true,
          images: true,
          disableBlinkFeatures: 'Auxclick',
        },
      }),
  })
  registerHandlers(ipcMain, handlers, { appOrigin })
  await openMainWindow()
}

if (!app.requestSingleInstanceLock()) {
  // Two instances would share one IndexedDB and one backup folder: hand over to the first and leave.
  app.quit()
} else {
  app.on('second-instance', () => focusWindow(mainWindow))
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { appOrigin, openExternal: (url) => shell.openExternal(url) })
  })
  app.on('render-process-gone', (_event, _contents, details) => {
    console.error(`[main] renderer gone: ${details.reason} (exit code ${details.exitCode})`)
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open; it can fire before `ready`, when no window may exist yet.
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) {
      openMainWindow().catch(logFailure('reopening the window'))
    }
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      logFailure('startup')(error)
      app.quit()
    })
}
