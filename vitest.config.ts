import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import vuetify from 'vite-plugin-vuetify'
import { defineConfig } from 'vitest/config'

const r = (p: string): string => fileURLToPath(new URL(p, import.meta.url))

export default defineConfig({
  plugins: [vue(), vuetify({ autoImport: true })],
  define: { __APP_VERSION__: JSON.stringify('test') },
  resolve: { alias: { '@shared': r('./shared'), '@': r('./renderer') } },
  test: {
    include: ['shared/**/*.test.ts', 'renderer/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./test/setup/vitest.setup.ts'],
    server: { deps: { inline: ['vuetify'] } },
    testTimeout: 30_000,
  },
})
