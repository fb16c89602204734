// Makes the built game an installable web app that works offline after one visit: every
// scenario, the map, the sounds and the teacher's guide are precached. A new version waits
// ("prompt") until the game is next opened, so it never reloads a game in progress.
import { VitePWA } from 'vite-plugin-pwa';

export function pwaPlugin() {
  return VitePWA({
    registerType: 'prompt',
    // The game registers the worker itself (src/app/offline.ts), after the first screen.
    injectRegister: false,
    manifest: {
      name: 'Digital Silk Road',
      short_name: 'Silk Road',
      description:
        "An educational game about how digital infrastructure deals shape a country's sovereignty.",
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b3d5c',
      icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,ogg,m4a,json}'],
      // The map's Phaser chunk is the largest file; the default 2 MiB limit would leave it out.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      // Every route is a hash route of index.html.
      navigateFallback: 'index.html',
    },
  });
}
