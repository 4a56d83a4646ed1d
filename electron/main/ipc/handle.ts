/**
 * Registers one `ipcMain.handle` per channel of the shared map. Every call is checked in the same order: who
 * sent it (the renderer's frame must be the app origin), what it carries (zod, because a compromised renderer
 * could send anything), and whatever happens next comes back as a `Result`: nothing is thrown across IPC,
 * where Electron would reduce it to a bare message string (house-style §2.4, safety-and-speed §1 item 17).
 */
import type { z } from 'zod'
import { CHANNELS, CHANNEL_ARGS, type Channel, type ChannelMap, type DpoBridge } from '@shared/ipc'
import { err, type Result } from '@shared/kernel/result'
import { isSameOrigin } from '../origin'

/** Main implements exactly the shape the renderer sees as `window.api`. */
export type ChannelHandlers = DpoBridge

/** The part of Electron's `IpcMainInvokeEvent` that is checked. */
export interface InvokeEvent {
  readonly senderFrame: { readonly url: string } | null
}

/** The slice of Electron's `ipcMain` this module needs. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void
}

export interface Logger {
  warn(...data: unknown[]): void
  error(...data: unknown[]): void
}

export interface RegisterOptions {
  /** The only origin allowed to call (`app://bundle`, or the dev server in development). */
  appOrigin: string
  log?: Logger
}

// Compile-time proof that what each zod schema yields is what the handler of that channel accepts, which is
// what makes the one cast in `dispatch` sound.
type ParsedArgs = { [K in Channel]: z.output<(typeof CHANNEL_ARGS)[K]> }
type Mismatched = { [K in Channel]: ParsedArgs[K] extends ChannelMap[K]['args'] ? never : K }[Channel]
const schemasMatchChannels: [Mismatched] extends [never] ? true : Mismatched = true
void schemasMatchChannels

function senderUrl(event: InvokeEvent): string {
  try {
    return event.senderFrame?.url ?? ''
  } catch {
    // Electron throws when the frame was destroyed mid-call; treat it as no sender.
    return ''
  }
}

/** Checks, parses and runs one call; always resolves to a Result (the channel's own, or an error). */
export async function dispatch<K extends Channel>(
  channel: K,
  handlers: ChannelHandlers,
  event: InvokeEvent,
  args: unknown[],
  options: Required<RegisterOptions>,
): Promise<Result<unknown>> {
  const { log } = options
  const url = senderUrl(event)
  if (!isSameOrigin(url, options.appOrigin)) {
    log.warn(`[ipc] ${channel}: refused call from ${url || '(no frame)'}`)
    return err('ipc/forbidden-sender', `${channel} may only be called by the app`)
  }
  const parsed = CHANNEL_ARGS[channel].safeParse(args)
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.') || '(args)'}: ${i.message}`)
    log.warn(`[ipc] ${channel}: invalid arguments`, details)
    return err('ipc/invalid-args', `invalid arguments for ${channel}`, details)
  }
  try {
    const handler = handlers[channel] as (...a: ChannelMap[K]['args']) => Promise<ChannelMap[K]['result']>
    return await handler(...(parsed.data as ChannelMap[K]['args']))
  } catch (error) {
    log.error(`[ipc] ${channel}: handler threw`, error)
    return err('internal', `${channel} failed unexpectedly`)
  }
}

/** Registers a checked handler for every channel in CHANNELS. */
export function registerHandlers(ipcMain: IpcMainLike, handlers: ChannelHandlers, options: RegisterOptions): void {
  const resolved = { appOrigin: options.appOrigin, log: options.log ?? console }
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, ...args) => dispatch(channel, handlers, event, args, resolved))
  }
}
