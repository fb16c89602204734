import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { cspPlugin } from './scripts/viteCsp.ts';
import { scenariosPlugin } from './scripts/viteScenarios.ts';
import { pwaPlugin } from './scripts/vitePwa.ts';

export default defineConfig({
  base: './',
  plugins: [
    scenariosPlugin(fileURLToPath(new URL('./scenarios', import.meta.url))),
    cspPlugin(),
    pwaPlugin(),
  ],
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1500 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
  },
});
