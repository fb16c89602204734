import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { cspPlugin } from './scripts/viteCsp.ts';
import { scenariosPlugin } from './scripts/viteScenarios.ts';
import { pwaPlugin } from './scripts/vitePwa.ts';

/**
 * The map uses Phaser's core build (no physics, no plugins such as tilemaps or particles it never
 * draws), from the package's own `phaser-core` entry: about 40% less to download than the full
 * bundle. The core entry is Phaser's source, so its build flags are set here as Phaser sets them.
 */
const PHASER_CORE = fileURLToPath(
  new URL('./node_modules/phaser/src/phaser-core.js', import.meta.url),
);

/** Also used by scripts/benchMap.ts, so the benchmark measures the Phaser the game ships. */
export const phaserCore = {
  resolve: { alias: [{ find: /^phaser$/, replacement: PHASER_CORE }] },
  define: {
    'typeof CANVAS_RENDERER': JSON.stringify(true),
    'typeof WEBGL_RENDERER': JSON.stringify(true),
    'typeof WEBGL_DEBUG': JSON.stringify(false),
    'typeof FEATURE_SOUND': JSON.stringify(false),
    'typeof PLUGIN_FBINSTANT': JSON.stringify(false),
    // The core entry ends with `global.Phaser = Phaser` (a Node name); the map never reads it.
    'global.Phaser': 'globalThis.Phaser',
  },
};

export default defineConfig({
  base: './',
  plugins: [
    scenariosPlugin(fileURLToPath(new URL('./scenarios', import.meta.url))),
    cspPlugin(),
    pwaPlugin(),
  ],
  ...phaserCore,
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1500 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The machines running CI are shared and often loaded: a test checks behaviour, never speed,
    // so a slow but correct replay must not fail on Vitest's 5 s default.
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
  },
});
