import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { buildMenuTemplate, type MenuOptions } from './menu'

const prod: MenuOptions = { isDev: false, isMac: false }

/** Every item in the template, depth first. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])])
}
const roles = (items: MenuItemConstructorOptions[]) => flatten(items).flatMap((i) => (i.role ? [i.role] : []))
const topLabels = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label)

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help in Swedish', () => {
    const menu = buildMenuTemplate('sv', prod)
    expect(topLabels(menu)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp'])
    expect(flatten(menu).find((i) => i.role === 'quit')?.label).toBe('Avsluta')
    expect(flatten(menu).find((i) => i.role === 'about')?.label).toBe('Om DPO Desk')
  })

  it('has the same menus in English', () => {
    const menu = buildMenuTemplate('en', prod)
    expect(topLabels(menu)).toEqual(['File', 'Edit', 'View', 'Help'])
    expect(flatten(menu).find((i) => i.role === 'selectAll')?.label).toBe('Select All')
  })

  it('gives both languages the same items', () => {
    for (const options of [prod, { isDev: true, isMac: true }]) {
      expect(roles(buildMenuTemplate('sv', options))).toEqual(roles(buildMenuTemplate('en', options)))
    }
  })

  it('uses the standard edit roles, full screen and zoom', () => {
    expect(roles(buildMenuTemplate('sv', prod))).toEqual([
      'quit',
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
      'help',
      'about',
    ])
  })

  it('offers reload and DevTools only in development', () => {
    const devOnly = ['reload', 'forceReload', 'toggleDevTools']
    expect(roles(buildMenuTemplate('sv', prod)).filter((r) => devOnly.includes(r))).toEqual([])
    expect(roles(buildMenuTemplate('sv', { isDev: true, isMac: false }))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    )
  })

  it('puts the app menu first on macOS and closes instead of quitting from File', () => {
    const menu = buildMenuTemplate('sv', { isDev: false, isMac: true })
    expect(menu[0]?.role).toBe('appMenu')
    expect(roles(menu)).toContain('close')
    expect(roles(menu)).not.toContain('quit')
  })

  it('labels every non-separator item', () => {
    for (const item of flatten(buildMenuTemplate('sv', { isDev: true, isMac: true }))) {
      if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toBeTruthy()
    }
  })
})
