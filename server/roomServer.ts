// One HTTP server for everything: the built game from dist/ and the workshop rooms over Socket.IO
// on the same port (so the page's "connect-src 'self'" covers the socket). Socket.IO rooms named
// by the room code carry each room's broadcasts: a message never reaches another room.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { EVENTS } from '../src/rooms/protocol.ts';
import { RoomHub, type Seat } from './hub.ts';
import { FileRoomLog } from './roomLog.ts';
import { loadScenarios } from './scenarios.ts';
import { staticFiles } from './staticFiles.ts';

export interface RoomServerOptions {
  host: string;
  port: number;
  dist: string;
  scenarios: string;
  data: string;
}

export interface RunningServer {
  http: HttpServer;
  port: number;
  close(): Promise<void>;
}

type Reply = (answer: unknown) => void;

export async function startRoomServer(options: RoomServerOptions): Promise<RunningServer> {
  const scenarios = loadScenarios(options.scenarios);
  const hub = new RoomHub(new FileRoomLog(options.data), (id) => scenarios.get(id));
  const http = createServer(staticFiles(options.dist));
  // Above the protocol's own 8 KB check, so an oversized action is refused with a reason first.
  const io = new Server(http, { serveClient: false, maxHttpBufferSize: 64 * 1024 });

  io.on('connection', (socket) => {
    let seat: Seat | undefined;
    const who = socket.handshake.address;
    // A message without an acknowledgement callback is a client bug or a probe: it gets nothing.
    const answer = (handle: (raw: unknown) => unknown) => (raw: unknown, reply: unknown) => {
      if (typeof reply === 'function') (reply as Reply)(handle(raw));
    };
    socket.on(
      EVENTS.create,
      answer((raw) => hub.create(raw, Date.now())),
    );
    socket.on(
      EVENTS.join,
      answer((raw) => {
        const { ack, seat: joined } = hub.join(raw, who, Date.now());
        if (joined) {
          if (seat) void socket.leave(seat.code);
          seat = joined;
          void socket.join(joined.code);
        }
        return ack;
      }),
    );
    socket.on(
      EVENTS.act,
      answer((raw) => {
        if (!seat) return { ok: false, reason: 'Join a room first.' };
        const { ack, entry } = hub.act(seat, raw, Date.now());
        if (entry) io.to(seat.code).emit(EVENTS.entry, entry);
        return ack;
      }),
    );
  });

  await new Promise<void>((resolve) => http.listen(options.port, options.host, resolve));
  return {
    http,
    port: (http.address() as AddressInfo).port,
    close: () => new Promise((resolve) => void io.close(() => resolve())),
  };
}
