import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  DEFAULT_WINDOW_STATE,
  WINDOW_STATE_FILE,
  captureWindowState,
  fitToDisplays,
  parseWindowState,
  readWindowState,
  saveWindowState,
  type Rectangle,
} from './window-state'

const primary: Rectangle = { x: 0, y: 0, width: 1920, height: 1040 }
const right: Rectangle = { x: 1920, y: 0, width: 1280, height: 984 }
const screenOf = (...areas: Rectangle[]) => ({
  getAllDisplays: () => areas.map((workArea) => ({ workArea })),
  getPrimaryDisplay: () => ({ workArea: areas[0] ?? primary }),
})

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dpo-winstate-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('fitToDisplays', () => {
  it('keeps a window that is fully visible', () => {
    const state = { x: 100, y: 50, width: 1200, height: 800, maximized: false }
    expect(fitToDisplays(state, [primary, right], primary)).toEqual(state)
  })

  it('keeps a window on the second display', () => {
    const state = { x: 2000, y: 10, width: 1000, height: 700, maximized: true }
    expect(fitToDisplays(state, [primary, right], primary)).toEqual(state)
  })

  it('centres a window whose display is gone', () => {
    const state = { x: 2000, y: 10, width: 1000, height: 700, maximized: false }
    expect(fitToDisplays(state, [primary], primary)).toEqual({ width: 1000, height: 700, maximized: false })
  })

  it('moves a partly visible window fully inside and shrinks it to the work area', () => {
    const state = { x: 1500, y: -200, width: 2500, height: 900, maximized: false }
    expect(fitToDisplays(state, [primary], primary)).toEqual({ x: 0, y: 0, width: 1920, height: 900, maximized: false })
  })

  it('shrinks a first-run window on a small screen', () => {
    const small = { x: 0, y: 0, width: 1366, height: 728 }
    expect(fitToDisplays(DEFAULT_WINDOW_STATE, [small], small)).toEqual({ width: 1280, height: 728, maximized: false })
  })
})

describe('parseWindowState', () => {
  it.each([
    ['missing file', null],
    ['broken JSON', '{"x":'],
    ['wrong types', '{"x":"1","y":2,"width":900,"height":600,"maximized":false}'],
    ['too small', '{"x":1,"y":2,"width":10,"height":10,"maximized":false}'],
    ['extra keys', '{"width":900,"height":600,"maximized":false,"evil":true}'],
  ])('falls back to the default for %s', (_label, text) => {
    expect(parseWindowState(text)).toEqual(DEFAULT_WINDOW_STATE)
  })

  it('reads a valid state', () => {
    expect(parseWindowState('{"x":-5,"y":2,"width":900,"height":600,"maximized":true}')).toEqual({
      x: -5,
      y: 2,
      width: 900,
      height: 600,
      maximized: true,
    })
  })
})

describe('reading and saving', () => {
  const win = (bounds: Rectangle, maximized = false) => ({
    getNormalBounds: () => bounds,
    isMaximized: () => maximized,
  })

  it('round-trips through userData', async () => {
    saveWindowState(dir, win({ x: 40, y: 30, width: 1000.4, height: 700 }, true))
    expect(JSON.parse(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8'))).toEqual({
      x: 40,
      y: 30,
      width: 1000,
      height: 700,
      maximized: true,
    })
    expect(await readWindowState(dir, screenOf(primary))).toEqual({
      x: 40,
      y: 30,
      width: 1000,
      height: 700,
      maximized: true,
    })
  })

  it('gives the default when nothing was saved or the file is corrupt', async () => {
    expect(await readWindowState(dir, screenOf(primary))).toEqual(DEFAULT_WINDOW_STATE)
    writeFileSync(join(dir, WINDOW_STATE_FILE), 'garbage')
    expect(await readWindowState(dir, screenOf(primary))).toEqual(DEFAULT_WINDOW_STATE)
  })

  it('does not throw when the folder cannot be written, but logs it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(() => saveWindowState(join(dir, 'missing'), win({ x: 0, y: 0, width: 900, height: 600 }))).not.toThrow()
    expect(warn).toHaveBeenCalledWith('[window] could not save window state', expect.any(Error))
    warn.mockRestore()
  })

  it('never captures a size the schema would refuse', () => {
    expect(captureWindowState(win({ x: 0, y: 0, width: 300, height: 200 }))).toMatchObject({ width: 800, height: 560 })
  })
})
