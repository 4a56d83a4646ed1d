/**
 * Helpers for scripts/bench.mjs: the builds, a static server for the app, the harness and the data (one origin,
 * so both share IndexedDB), the initial-bundle size, heap sampling and the printed table.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
}

/** Builds the app renderer, the browser harness and the Node bench bundle into `out`. */
export async function buildAll(out) {
  const config = resolve('vite.renderer.config.ts')
  const quiet = { logLevel: 'error' }
  await build({ ...quiet, configFile: config, build: { outDir: join(out, 'app'), emptyOutDir: true } })
  await build({
    ...quiet,
    configFile: config,
    root: resolve('bench/harness'),
    build: {
      outDir: join(out, 'harness'),
      emptyOutDir: true,
      rolldownOptions: { input: resolve('bench/harness/index.html') },
    },
  })
  await build({
    ...quiet,
    configFile: false,
    resolve: { alias: { '@shared': resolve('shared'), '@': resolve('renderer') } },
    build: {
      ssr: resolve('bench/node-bench.ts'),
      outDir: join(out, 'node'),
      emptyOutDir: true,
      rolldownOptions: { output: { format: 'esm', entryFileNames: 'node-bench.mjs' } },
    },
  })
}

/** Serves `root` on 127.0.0.1; POST /upload/<name> keeps a body in memory to be served back (the report HTML). */
export function serve(root) {
  const uploads = new Map()
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x')
    if (url.pathname.startsWith('/upload/')) {
      if (req.method === 'POST') {
        const chunks = []
        req.on('data', (c) => chunks.push(c))
        req.on('end', () => {
          uploads.set(url.pathname, Buffer.concat(chunks))
          res.writeHead(204).end()
        })
        return
      }
      const body = uploads.get(url.pathname)
      res.writeHead(body ? 200 : 404, { 'Content-Type': MIME['.html'] }).end(body)
      return
    }
    const path = normalize(join(root, decodeURIComponent(url.pathname)))
    const file = path.endsWith('/') ? join(path, 'index.html') : path
    if (!file.startsWith(root)) return res.writeHead(400).end()
    try {
      const body = readFileSync(file)
      res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' }).end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, port: server.address().port })))
}

/**
 * Electron's report window for the main process's PDF service (electron/main/services/pdf.ts), played by a page
 * of a Playwright browser context: `loadURL` is `goto`, `printToPDF` is `page.pdf` with the same options (both are
 * Chromium's print to PDF; Electron's margins are in inches). Give it a context with JavaScript off, as the
 * app's window has.
 */
export function playwrightPdfWindow(context) {
  const page = context.newPage()
  return {
    loadURL: async (url) => void (await (await page).goto(url, { timeout: 120_000 })),
    webContents: {
      printToPDF: async (o) =>
        (await page).pdf({
          format: o.pageSize,
          printBackground: o.printBackground,
          displayHeaderFooter: o.displayHeaderFooter,
          headerTemplate: o.headerTemplate,
          footerTemplate: o.footerTemplate,
          margin: Object.fromEntries(
            Object.entries(o.margins ?? {}).flatMap(([k, v]) => (k === 'marginType' ? [] : [[k, `${v}in`]])),
          ),
          tagged: o.generateTaggedPDF,
          outline: o.generateDocumentOutline,
          timeout: 0,
        }),
    },
    destroy: () => void page.then((p) => p.close()).catch(() => undefined),
  }
}

/**
 * CPU seconds (user + system) used so far by this process's descendants: the browsers and their renderers. On a
 * machine shared with other work, wall times stretch and this does not. Linux only; 0 elsewhere.
 */
export function cpuSecondsOfChildren() {
  let procs
  try {
    procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d))
  } catch {
    return 0
  }
  const stat = new Map()
  for (const pid of procs) {
    try {
      const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const f = text.slice(text.lastIndexOf(')') + 2).split(' ')
      // utime, stime, and the same for reaped children (fields 14–17 of proc(5)), in clock ticks.
      stat.set(Number(pid), {
        ppid: Number(f[1]),
        ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]),
      })
    } catch {
      /* gone meanwhile */
    }
  }
  const mine = new Set([process.pid])
  for (let grew = true; grew;) {
    grew = false
    for (const [pid, p] of stat) {
      if (mine.has(pid) || !mine.has(p.ppid)) continue
      mine.add(pid)
      grew = true
    }
  }
  mine.delete(process.pid)
  return [...mine].reduce((sum, pid) => sum + (stat.get(pid)?.ticks ?? 0), 0) / 100
}

/** Gzipped size (level 9) of the JS and CSS index.html loads before anything lazy: the initial bundle. */
export function initialBundle(appDir) {
  const html = readFileSync(join(appDir, 'index.html'), 'utf8')
  const refs = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="(?:stylesheet|modulepreload)"/g),
  ].map((m) => m[1])
  const files = [...new Set(refs)].map((r) => join(appDir, r))
  const sizes = files.map((f) => ({ f, raw: statSync(f).size, gz: gzipSync(readFileSync(f), { level: 9 }).length }))
  return {
    files: sizes.map((s) => s.f.slice(appDir.length + 1)),
    rawKB: Math.round(sizes.reduce((a, s) => a + s.raw, 0) / 1024),
    gzKB: Math.round(sizes.reduce((a, s) => a + s.gz, 0) / 1024),
  }
}

/** Samples the JS heap of a page every 200 ms through CDP; `peak()` gives the largest value in MB. */
export async function heapSampler(page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  let peak = 0
  let busy = false
  // One sample at a time: a page stuck in a long task answers CDP only when it yields.
  const sample = async () => {
    if (busy) return
    busy = true
    try {
      const { metrics } = await cdp.send('Performance.getMetrics')
      const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0
      peak = Math.max(peak, used)
    } catch {
      /* the page closed */
    } finally {
      busy = false
    }
  }
  const timer = setInterval(sample, 200)
  return {
    peak: () => peak / 1024 / 1024,
    stop: () => clearInterval(timer),
  }
}

export const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] ?? 0
}
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
export const round = (x) => (x === null || x === undefined ? null : Math.round(x * 10) / 10)

/** Prints the figures as a fixed-width table, flagging missed targets. */
export function printTable(figures) {
  const rows = figures.map((f) => [
    f.met === false ? 'MISSED' : f.met === true ? 'ok' : '',
    f.label,
    f.value === null ? 'n/a' : `${f.value} ${f.unit}`,
    f.baseline ? `${f.baseline.value} ms (${f.baseline.label})` : '',
    f.ratio !== undefined ? String(f.ratio) : '',
    f.target ?? '',
  ])
  const head = ['', 'figure', 'value', 'baseline', 'ratio', 'target']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ')
  console.log(line(head))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const r of rows) console.log(line(r))
  const notes = figures.filter((f) => f.note)
  if (notes.length) console.log('\nNotes:')
  for (const f of notes) console.log(`${f.met === false ? '  MISSED ' : '  '}${f.label}: ${f.note}`)
}
