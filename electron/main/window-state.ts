/**
 * Remembers where the main window was. The file is validated (a hand-edited or corrupt file must not throw at
 * startup) and the bounds are fitted to the displays present now, so a window last seen on an unplugged second
 * monitor does not open off-screen.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomicSync } from './services/atomic-write'

/** File under userData. */
export const WINDOW_STATE_FILE = 'window-state.json'
/** First-run size: fits a 1366×768 laptop's work area once clamped. */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const
/** Below this the register tables stop being usable. */
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const

export const WindowStateSchema = z.strictObject({
  x: z.int().optional(),
  y: z.int().optional(),
  width: z.int().min(MIN_WINDOW_SIZE.width).max(100_000),
  height: z.int().min(MIN_WINDOW_SIZE.height).max(100_000),
  maximized: z.boolean(),
})
/** Saved window placement; without x/y the OS centres the window. */
export type WindowState = z.infer<typeof WindowStateSchema>

export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

/** The slice of Electron's `screen` this module needs. */
export interface DisplayScreen {
  getAllDisplays(): { workArea: Rectangle }[]
  getPrimaryDisplay(): { workArea: Rectangle }
}

/** The slice of a BrowserWindow whose placement is saved. */
export interface PlacedWindow {
  getNormalBounds(): Rectangle
  isMaximized(): boolean
}

export const DEFAULT_WINDOW_STATE: WindowState = { ...DEFAULT_WINDOW_SIZE, maximized: false }

function overlapArea(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

const clamp = (value: number, min: number, max: number): number => Math.max(min, Math.min(value, max))

/**
 * Fits a saved state onto the displays' work areas: the display that shows most of the window keeps it, moved
 * fully inside; if none shows any of it, the window is centred on the primary display. Never larger than the area.
 */
export function fitToDisplays(state: WindowState, workAreas: Rectangle[], primary: Rectangle): WindowState {
  const { x, y, maximized } = state
  if (x === undefined || y === undefined) {
    return { width: Math.min(state.width, primary.width), height: Math.min(state.height, primary.height), maximized }
  }
  const rect = { x, y, width: state.width, height: state.height }
  const best = workAreas
    .map((area) => ({ area, overlap: overlapArea(rect, area) }))
    .reduce((a, b) => (b.overlap > a.overlap ? b : a), { area: primary, overlap: 0 })
  const area = best.area
  const width = Math.min(state.width, area.width)
  const height = Math.min(state.height, area.height)
  if (best.overlap === 0) return { width, height, maximized }
  return {
    x: clamp(x, area.x, area.x + area.width - width),
    y: clamp(y, area.y, area.y + area.height - height),
    width,
    height,
    maximized,
  }
}

/** Parses saved JSON text; anything invalid gives the default (first-run) state. */
export function parseWindowState(text: string | null): WindowState {
  if (text === null) return DEFAULT_WINDOW_STATE
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE
  } catch {
    return DEFAULT_WINDOW_STATE
  }
}

/** Reads `<userData>/window-state.json` and fits it to the current displays. */
export async function readWindowState(userData: string, screen: DisplayScreen): Promise<WindowState> {
  const text = await readFile(join(userData, WINDOW_STATE_FILE), 'utf8').catch(() => null)
  const areas = screen.getAllDisplays().map((d) => d.workArea)
  return fitToDisplays(parseWindowState(text), areas, screen.getPrimaryDisplay().workArea)
}

/** The state to save for a window: its un-maximized bounds plus whether it is maximized. */
export function captureWindowState(win: PlacedWindow): WindowState {
  const b = win.getNormalBounds()
  return {
    x: Math.round(b.x),
    y: Math.round(b.y),
    width: Math.max(MIN_WINDOW_SIZE.width, Math.round(b.width)),
    height: Math.max(MIN_WINDOW_SIZE.height, Math.round(b.height)),
    maximized: win.isMaximized(),
  }
}

/**
 * Saves synchronously: this runs in the window's `close` handler, and an async write could be cut off when the
 * process exits right after. A failure only costs the placement, so it is logged, not thrown.
 */
export function saveWindowState(userData: string, win: PlacedWindow): void {
  try {
    writeFileAtomicSync(join(userData, WINDOW_STATE_FILE), JSON.stringify(captureWindowState(win)))
  } catch (error) {
    console.warn('[window] could not save window state', error)
  }
}
