import { CHANNELS, type AppInfo } from '@shared/ipc'
import { err, ok } from '@shared/kernel/result'
import { describe, expect, it, vi } from 'vitest'
import { registerHandlers, type ChannelHandlers, type InvokeEvent } from './handle'

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>

const appInfo: AppInfo = {
  name: 'DPO Desk',
  version: '0.1.0',
  platform: 'electron',
  locale: 'sv-SE',
  backupLocation: '/b',
}
const backup = { name: 'dpo-desk-20250101T000000000Z-manual.json', reason: 'manual' as const, createdAt: '', bytes: 2 }

function fakeHandlers(): ChannelHandlers {
  return {
    'app:info': vi.fn(async () => ok(appInfo)),
    'file:save': vi.fn(async () => ok({ saved: true, name: '/tmp/x.json' })),
    'file:open': vi.fn(async () => ok(null)),
    'backup:write': vi.fn(async () => ok(backup)),
    'backup:list': vi.fn(async () => ok([backup])),
    'backup:read': vi.fn(async () => ok('{}')),
    'pdf:print': vi.fn(async () => ok({ saved: true, name: '/tmp/x.pdf' })),
    'pdf:render': vi.fn(async () => ok(new Uint8Array([37]))),
    'document:open': vi.fn(async () => ok(true as const)),
    'marker:read': vi.fn(async () => ok(null)),
    'marker:write': vi.fn(async () => ok(true as const)),
  }
}

function setup(handlers: ChannelHandlers = fakeHandlers()) {
  const registered = new Map<string, Listener>()
  const ipcMain = { handle: vi.fn((channel: string, listener: Listener) => void registered.set(channel, listener)) }
  const log = { warn: vi.fn(), error: vi.fn() }
  registerHandlers(ipcMain, handlers, { appOrigin: 'app://bundle', log })
  const call = (channel: string, args: unknown[], url: string | null = 'app://bundle/index.html#/') => {
    const listener = registered.get(channel)
    if (!listener) throw new Error(`${channel} not registered`)
    return listener({ senderFrame: url === null ? null : { url } }, ...args)
  }
  return { ipcMain, handlers, log, call }
}

describe('registerHandlers', () => {
  it('registers every channel exactly once', () => {
    const { ipcMain } = setup()
    const channels = ipcMain.handle.mock.calls.map(([channel]) => channel)
    expect(channels).toEqual([...CHANNELS])
    expect(new Set(channels).size).toBe(CHANNELS.length)
  })

  it('passes parsed arguments to the handler and returns its result', async () => {
    const { call, handlers } = setup()
    const name = 'dpo-desk-20250101T120000000Z-auto.json'
    expect(await call('backup:read', [name])).toEqual(ok('{}'))
    expect(handlers['backup:read']).toHaveBeenCalledWith(name)
    expect(await call('app:info', [])).toEqual(ok(appInfo))
  })

  it('refuses a sender from another origin without calling the handler', async () => {
    const { call, handlers, log } = setup()
    for (const url of [
      'https://evil.example/',
      'app://evil/index.html',
      'file:///index.html',
      'data:text/html,x',
      '',
    ]) {
      expect(await call('app:info', [], url)).toMatchObject({ ok: false, error: { code: 'ipc/forbidden-sender' } })
    }
    expect(await call('app:info', [], null)).toMatchObject({ ok: false, error: { code: 'ipc/forbidden-sender' } })
    expect(handlers['app:info']).not.toHaveBeenCalled()
    expect(log.warn).toHaveBeenCalledWith(expect.stringMatching(/^\[ipc\] app:info: refused/))
  })

  it.each([
    ['backup:read', ['../../etc/passwd']],
    ['backup:read', []],
    ['backup:write', [{ content: '{}', reason: 'because' }]],
    ['backup:write', [{ content: '{}', reason: 'auto', extra: 1 }]],
    ['file:open', [{ filters: [], maxBytes: -1 }]],
    ['file:save', [{ suggestedName: '../x.json', content: '', mimeType: 'application/json', filters: [] }]],
    ['app:info', ['unexpected']],
  ])('returns an invalid-args error for %s %j', async (channel, args) => {
    const { call, handlers, log } = setup()
    const result = await call(channel, args)
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc/invalid-args' } })
    expect((result as { error: { details?: string[] } }).error.details?.length).toBeGreaterThan(0)
    expect(handlers[channel as keyof ChannelHandlers]).not.toHaveBeenCalled()
    expect(log.warn).toHaveBeenCalled()
  })

  it('turns a throwing or rejecting handler into an internal error', async () => {
    const { call, log } = setup({
      ...fakeHandlers(),
      'backup:list': vi.fn(() => {
        throw new Error('disk on fire')
      }),
      'app:info': vi.fn(() => Promise.reject(new Error('nope'))),
    })
    await expect(call('backup:list', [])).resolves.toEqual(err('internal', 'backup:list failed unexpectedly'))
    await expect(call('app:info', [])).resolves.toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(log.error).toHaveBeenCalledWith('[ipc] backup:list: handler threw', expect.any(Error))
  })

  it('passes an error Result from the handler through unchanged', async () => {
    const { call } = setup({ ...fakeHandlers(), 'file:open': vi.fn(async () => err('file/too-large', 'too big')) })
    expect(await call('file:open', [{ filters: [], maxBytes: 10 }])).toEqual(err('file/too-large', 'too big'))
  })

  it('accepts bytes for file:save', async () => {
    const { call, handlers } = setup()
    const request = { suggestedName: 'a.xlsx', content: new Uint8Array([1]), mimeType: 'x', filters: [] }
    expect(await call('file:save', [request])).toMatchObject({ ok: true })
    expect(handlers['file:save']).toHaveBeenCalledWith(request)
  })
})
