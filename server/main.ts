// `npm start` runs this once the game is built: the game and the workshop rooms from one process.
// 127.0.0.1 by default; `--lan` listens on the local network and prints the join address with a
// QR code for phones and tablets.
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { renderUnicodeCompact } from 'uqr';
import { startRoomServer } from './roomServer.ts';

const ROOT = new URL('..', import.meta.url).pathname;

/** The machine's first IPv4 address on the local network, for others to type or scan. */
function lanAddress(): string | undefined {
  const all = Object.values(networkInterfaces()).flat();
  return all.find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
}

const args = process.argv.slice(2);
const lan = args.includes('--lan');
const port = Number(process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got "${process.env.PORT}".`);
  process.exit(1);
}
const server = await startRoomServer({
  host: lan ? '0.0.0.0' : '127.0.0.1',
  port,
  dist: join(ROOT, 'dist'),
  scenarios: join(ROOT, 'scenarios'),
  data: process.env.DSR_ROOMS_DIR ?? join(ROOT, '.rooms'),
});

const local = `http://127.0.0.1:${server.port}/`;
console.log(`\nDigital Silk Road is running at ${local}  (Ctrl+C to stop)`);
console.log(`Workshop rooms: ${local}#/rooms`);
if (lan) {
  const address = lanAddress();
  if (address) {
    const join = `http://${address}:${server.port}/#/rooms`;
    console.log(`\nOn the local network, teams join at ${join}\n`);
    console.log(renderUnicodeCompact(join));
  } else console.log('\nNo local network found: only this computer can connect.');
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void server.close().then(() => process.exit(0)));
