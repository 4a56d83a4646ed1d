import { readFileSync } from 'node:fs'
import { CHANNELS } from '@shared/ipc/channels'
import { beforeAll, describe, expect, it, vi } from 'vitest'

// The real `electron` module throws without its binary; the preload only needs these two objects.
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (...args: unknown[]) => ({ ok: true, value: args })) },
}))
vi.mock('electron', () => electron)

let api: Record<string, (...args: unknown[]) => Promise<unknown>>

beforeAll(async () => {
  await import('./index')
  const call = electron.contextBridge.exposeInMainWorld.mock.calls[0]
  api = call?.[1] as typeof api
})

describe('preload', () => {
  it('exposes one object named api, once', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce()
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledWith('api', expect.any(Object))
  })

  it('exposes exactly the channels of the shared map, all functions', () => {
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort())
    for (const channel of CHANNELS) expect(typeof api[channel]).toBe('function')
  })

  it('freezes the object so the page cannot add or replace entries', () => {
    expect(Object.isFrozen(api)).toBe(true)
    expect(() => {
      ;(api as Record<string, unknown>)['evil'] = () => 0
    }).toThrow(TypeError)
  })

  it('forwards each call to ipcRenderer.invoke on its own channel', async () => {
    for (const channel of CHANNELS) {
      electron.ipcRenderer.invoke.mockClear()
      const fn = api[channel]
      if (!fn) throw new Error(`missing ${channel}`)
      await expect(fn('x', 1)).resolves.toEqual({ ok: true, value: [channel, 'x', 1] })
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, 'x', 1)
    }
  })

  it('hands the page nothing from ipcRenderer', () => {
    const values = Object.values(api)
    expect(values).not.toContain(electron.ipcRenderer)
    expect(values).not.toContain(electron.ipcRenderer.invoke)
    expect(Object.keys(api)).not.toEqual(expect.arrayContaining(['invoke', 'send', 'on', 'ipcRenderer']))
  })
})

describe('preload imports', () => {
  it('imports only electron and the dependency-free channel list, which a sandboxed preload can load', () => {
    const source = readFileSync(new URL('./index.ts', import.meta.url), 'utf8')
    const specifiers = [...source.matchAll(/^import .* from '([^']+)'/gm)].map((m) => m[1])
    expect(specifiers).toEqual(['electron', '@shared/ipc/channels'])
    const channels = readFileSync(new URL('../../shared/ipc/channels.ts', import.meta.url), 'utf8')
    for (const [line] of channels.matchAll(/^import .*$/gm)) expect(line).toMatch(/^import type /)
  })
})
