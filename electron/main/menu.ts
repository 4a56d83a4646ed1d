/**
 * The application menu, in Swedish or English. Built from roles so that Electron supplies the accelerators and
 * platform behaviour; reload and DevTools exist only in development, since a reload in the middle of an edit
 * would lose unsaved form input and DevTools are no help to a DPO.
 */
import type { MenuItemConstructorOptions } from 'electron'
import { APP_NAME } from './app-identity'

/** Swedish is the default, like the UI; English is ready for when the UI's language choice reaches main. */
export type MenuLocale = 'sv' | 'en'

export interface MenuOptions {
  /** Unpackaged build: adds reload and DevTools. */
  isDev: boolean
  /** macOS: the first menu is the app menu, and File closes the window instead of quitting. */
  isMac: boolean
}

const LABELS = {
  sv: {
    file: 'Arkiv',
    quit: 'Avsluta',
    close: 'Stäng fönster',
    edit: 'Redigera',
    undo: 'Ångra',
    redo: 'Gör om',
    cut: 'Klipp ut',
    copy: 'Kopiera',
    paste: 'Klistra in',
    selectAll: 'Markera allt',
    view: 'Visa',
    reload: 'Läs in igen',
    devTools: 'Utvecklarverktyg',
    resetZoom: 'Normal storlek',
    zoomIn: 'Zooma in',
    zoomOut: 'Zooma ut',
    fullScreen: 'Helskärm',
    help: 'Hjälp',
    about: `Om ${APP_NAME}`,
  },
  en: {
    file: 'File',
    quit: 'Quit',
    close: 'Close Window',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    devTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    help: 'Help',
    about: `About ${APP_NAME}`,
  },
} as const satisfies Record<MenuLocale, Record<string, string>>

type Labels = (typeof LABELS)[MenuLocale]

function viewMenu(t: Labels, isDev: boolean): MenuItemConstructorOptions {
  const dev: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.devTools }, { type: 'separator' }]
    : []
  return {
    label: t.view,
    submenu: [
      ...dev,
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.fullScreen },
    ],
  }
}

/** The menu template for a locale; pass it to `Menu.buildFromTemplate`. */
export function buildMenuTemplate(locale: MenuLocale, options: MenuOptions): MenuItemConstructorOptions[] {
  const t = LABELS[locale]
  const appMenu: MenuItemConstructorOptions[] = options.isMac ? [{ role: 'appMenu', label: APP_NAME }] : []
  return [
    ...appMenu,
    { label: t.file, submenu: [options.isMac ? { role: 'close', label: t.close } : { role: 'quit', label: t.quit }] },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    viewMenu(t, options.isDev),
    { role: 'help', label: t.help, submenu: [{ role: 'about', label: t.about }] },
  ]
}
