// `npm run bench` (rooms): a bounded load test on loopback. One facilitator, one projector, 6 teams
// with 6 devices each and 10 observers play the 10-round Central Asia workshop with an inject each
// round; the server is killed (SIGKILL) and restarted mid-round 5; 5 devices drop and rejoin with
// the code in round 3. Reports inputs lost, whether every client's final state hash is equal (and
// equal to a replay of the server's file), latency median/p99 and the server's memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readScenarioFile } from '../src/cli/scenarioFiles.ts';
import type { Action, JoinMessage, RoomSetup } from '../src/rooms/protocol.ts';
import { Room } from '../src/rooms/room.ts';
import { RoomClient } from '../src/rooms/roomClient.ts';
import { FileRoomLog } from '../server/roomLog.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const PORT = Number(process.env.BENCH_ROOMS_PORT ?? 4308);
const URL_ = `http://127.0.0.1:${PORT}`;
const DATA = mkdtempSync(join(tmpdir(), 'dsr-bench-rooms-'));
const loaded = readScenarioFile(join(ROOT, 'scenarios/central-asia.yaml'));
if (!loaded.ok) throw new Error('central-asia.yaml does not load');
const scenario = loaded.scenario;
const countries = scenario.countries.map((c) => c.id);
const SETUP: RoomSetup = {
  scenarioId: scenario.id,
  seed: 20261202,
  teams: Array.from({ length: 6 }, (_, i) => ({
    name: `Team ${i + 1}`,
    countryId: countries[i % countries.length] as string,
  })),
  roundMinutes: 10,
};

let server: ChildProcess | null = null;
async function startServer(): Promise<void> {
  server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(PORT), DSR_ROOMS_DIR: DATA },
    stdio: 'ignore',
  });
  await until(
    async () =>
      fetch(URL_).then(
        () => true,
        () => false,
      ),
    30_000,
  );
}
async function killServer(): Promise<void> {
  const child = server;
  if (!child) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}
function serverRssMb(): number {
  const status = readFileSync(`/proc/${server?.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

async function until(test: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!(await test())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Every client, with the seat it rejoins; delivery latency is taken as each entry is applied. */
const delivery: number[] = [];
const joined = new Set<RoomClient>();
const roundTrips: number[] = [];
let acknowledged = 0;
function connect(): RoomClient {
  const client = new RoomClient({ url: URL_, scenario: async () => scenario, timeoutMs: 30_000 });
  let seen = 0;
  // Entries a (re)joining device catches up on are old news, not delivery: only live ones count.
  client.subscribe(() => {
    const entries = client.room?.entries ?? [];
    const live = joined.has(client);
    for (; seen < entries.length; seen++)
      if (live) delivery.push(Date.now() - (entries[seen]?.at ?? 0));
  });
  return client;
}
async function enter(client: RoomClient, seat: JoinMessage): Promise<void> {
  const ack = await client.join(seat);
  if (!ack.ok) throw new Error(ack.reason);
  joined.add(client);
}
async function act(client: RoomClient, action: Action): Promise<boolean> {
  const start = performance.now();
  const ack = await client.act(action);
  roundTrips.push(performance.now() - start);
  if (ack.ok) acknowledged += 1;
  return ack.ok;
}

await startServer();
const facilitatorClient = connect();
const created = await facilitatorClient.create(SETUP);
if (!created.ok) throw new Error(created.reason);
const { code, key } = created;
const seats: JoinMessage[] = [
  { code, role: 'facilitator', key },
  { code, role: 'projector' },
  ...SETUP.teams.flatMap((_, team) =>
    Array.from({ length: 6 }, () => ({ code, role: 'team' as const, team })),
  ),
  ...Array.from({ length: 10 }, () => ({ code, role: 'observer' as const })),
];
const clients = seats.map((seat, i) => (i === 0 ? facilitatorClient : connect()));
await Promise.all(clients.map((client, i) => enter(client, seats[i] as JoinMessage)));
const facilitator = clients[0] as RoomClient;
const deviceOf = (team: number, round: number) => clients[2 + team * 6 + ((round + team) % 6)]!;
const synced = () =>
  clients.every((c) => c.room?.entries.length === facilitator.room?.entries.length);

/** A team's device makes every choice its team has open (the first available option each). */
async function decide(team: number, round: number): Promise<void> {
  const client = deviceOf(team, round);
  for (;;) {
    const session = client.room?.sessions[team];
    const decision = session?.phase === 'deciding' ? session.state.pending[0] : undefined;
    if (!session || !decision) return;
    const option = session.index.decisions
      .get(decision)
      ?.options.find((o) => session.optionStatus(decision, o.id).available);
    if (!option || !(await act(client, { type: 'choose', decision, option: option.id })))
      throw new Error(`team ${team} could not choose in ${decision}`);
  }
}

const injects = scenario.events.filter((e) => e.inject).map((e) => e.id);
let dropped = 0;
for (let round = 1; round <= scenario.rounds.length; round++) {
  await act(facilitator, { type: 'open' });
  const event = injects[round % injects.length] as string;
  const targets = round % 2 === 0 ? 'all' : [round % 6, (round + 3) % 6];
  if (!(await act(facilitator, { type: 'inject', event, targets })))
    await act(facilitator, {
      type: 'customInject',
      title: `Inject ${round}`,
      text: 'Illustrative.',
      changes: { publicTrust: -2 },
      targets,
    });
  if (round === 3) {
    // Five devices drop (a closed lid, a flat battery); the room moves on; they rejoin by code.
    const gone = [3, 10, 17, 30, 45];
    for (const i of gone) clients[i]?.close();
    await decide(0, round);
    for (const i of gone) {
      clients[i] = connect();
      await enter(clients[i] as RoomClient, seats[i] as JoinMessage);
    }
    dropped = gone.length;
  }
  if (round === 5) {
    await Promise.all([0, 1, 2].map((team) => decide(team, round)));
    await until(synced);
    await killServer();
    await startServer();
    await until(() => clients.every((c) => c.connection === 'online'), 30_000);
  }
  await Promise.all(SETUP.teams.map((_, team) => decide(team, round)));
  await until(synced);
  if (!(await act(facilitator, { type: 'close' }))) throw new Error(`round ${round} did not close`);
}
await act(facilitator, { type: 'open' });
await until(synced);

const fingerprint = (room: Room | null) =>
  createHash('sha256')
    .update(room?.fingerprint() ?? '')
    .digest('hex')
    .slice(0, 16);
const hashes = new Set(clients.map((c) => fingerprint(c.room)));
const stored = new FileRoomLog(DATA).read(code)!;
const fromDisk = Room.fromLog(scenario, stored.header.setup, stored.entries);
const memory = serverRssMb();
const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ??
  NaN;

console.log(
  `Workshop rooms on loopback: ${clients.length} clients (1 facilitator, 1 projector, 36 team devices, 10 observers), ${scenario.rounds.length} rounds, server killed and restarted mid-round 5, ${dropped} devices dropped and rejoined`,
);
console.log(
  `  inputs acknowledged ${acknowledged}, in the server's file ${stored.entries.length}, lost ${Math.max(0, acknowledged - stored.entries.length)}`,
);
console.log(
  `  final state hashes: ${hashes.size === 1 ? 'all equal' : `${hashes.size} different`} (${[...hashes][0]}), replay of the file ${hashes.has(fingerprint(fromDisk)) ? 'equal' : 'DIFFERENT'}, room ${fromDisk.phase}`,
);
console.log(
  `  delivery (server accepts -> each client applies): median ${quantile(delivery, 0.5)} ms, p99 ${quantile(delivery, 0.99)} ms over ${delivery.length}`,
);
console.log(
  `  action round trip (send -> acknowledged, fsync included): median ${quantile(roundTrips, 0.5).toFixed(1)} ms, p99 ${quantile(roundTrips, 0.99).toFixed(1)} ms over ${roundTrips.length}`,
);
console.log(`  server memory (RSS) at the end: ${memory.toFixed(1)} MB`);
for (const client of clients) client.close();
fromDisk.stop();
await killServer();
if (hashes.size !== 1 || acknowledged !== stored.entries.length) process.exitCode = 1;
