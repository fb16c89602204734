// The built game served by `vite preview` with headless Chromium open on it, for the browser
// benchmarks: both are stopped when the measurement ends, whatever happens.
import { chromium, type Browser } from '@playwright/test';
import { spawn } from 'node:child_process';
// @ts-expect-error: a plain .mjs helper without types
import { ensureChromium } from './ensureChromium.mjs';

const ROOT = new URL('..', import.meta.url).pathname;

export async function withBuiltGame(
  port: number,
  chromiumArgs: readonly string[],
  measure: (browser: Browser) => Promise<void>,
): Promise<void> {
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: 'ignore' },
  );
  try {
    await new Promise((r) => setTimeout(r, 1500));
    const browser = await chromium.launch({
      executablePath: ensureChromium(),
      args: ['--no-sandbox', '--disable-gpu', ...chromiumArgs],
    });
    try {
      await measure(browser);
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}
