/**
 * A WebSocket client written by hand over a raw TCP socket, for hostile tests: it does the
 * handshake and writes masked frames, but never answers a close frame or a ping on its own, so a
 * test can keep writing after the server said goodbye — or stop reading altogether (`pause`).
 */
import { randomBytes } from 'node:crypto';
import net from 'node:net';

export interface RawWebSocket {
  /** 101 once upgraded, else the HTTP status of the refusal. */
  status: Promise<number>;
  /** The HTTP head of the server's answer (status line and headers). */
  head: Promise<string>;
  /** Every binary message received (while reading). */
  messages: Uint8Array[];
  /** The code of every close frame the server sent (which this client never answers). */
  closeCodes: number[];
  /** Resolves once the TCP connection is gone (the server ended or destroyed it). */
  closed: Promise<void>;
  isClosed(): boolean;
  /** Writes one masked binary frame, whatever the server said before. */
  sendBinary(data: Uint8Array): void;
  /** Stops reading from the socket: the server's answers pile up on its side. */
  pause(): void;
  /** Reads again (a paused socket never sees the server close it). */
  resume(): void;
  destroy(): void;
}

export interface RawWebSocketOptions {
  cookie?: string;
  origin?: string;
  /** Extra request headers, sent as they are. */
  headers?: Record<string, string>;
}

export function openRawWebSocket(
  baseUrl: string,
  path: string,
  options: RawWebSocketOptions = {},
): RawWebSocket {
  const url = new URL(baseUrl);
  const socket = net.connect(Number(url.port), url.hostname);
  socket.on('error', () => undefined);
  const headers: Record<string, string> = {
    Host: url.host,
    Upgrade: 'websocket',
    Connection: 'Upgrade',
    'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
    'Sec-WebSocket-Version': '13',
    ...(options.cookie ? { Cookie: options.cookie } : {}),
    ...(options.origin ? { Origin: options.origin } : {}),
    ...options.headers,
  };
  socket.write(
    `GET ${path} HTTP/1.1\r\n` +
      Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('') +
      '\r\n',
  );

  const messages: Uint8Array[] = [];
  const closeCodes: number[] = [];
  let closed = false;
  let resolveHead: (head: string) => void = () => undefined;
  const head = new Promise<string>((resolve) => (resolveHead = resolve));
  const status = head.then((text) => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0));
  const closedPromise = new Promise<void>((resolve) =>
    socket.once('close', () => {
      closed = true;
      resolveHead('');
      resolve();
    }),
  );

  let buffer: Buffer = Buffer.alloc(0);
  let upgraded = false;
  socket.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    if (!upgraded) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const text = buffer.subarray(0, end).toString('latin1');
      buffer = buffer.subarray(end + 4);
      upgraded = text.startsWith('HTTP/1.1 101');
      resolveHead(text);
      if (!upgraded) return;
    }
    buffer = readFrames(buffer, (opcode, payload) => {
      if (opcode === 2) messages.push(new Uint8Array(payload));
      if (opcode === 8) closeCodes.push(payload.length >= 2 ? payload.readUInt16BE(0) : 1005);
    });
  });

  return {
    status,
    head,
    messages,
    closeCodes,
    closed: closedPromise,
    isClosed: () => closed,
    sendBinary: (data) => {
      if (!socket.destroyed) socket.write(maskedFrame(2, data));
    },
    pause: () => socket.pause(),
    resume: () => socket.resume(),
    destroy: () => socket.destroy(),
  };
}

/** Calls `onFrame` for every complete (unmasked, unfragmented) server frame; returns the rest. */
function readFrames(buffer: Buffer, onFrame: (opcode: number, payload: Buffer) => void): Buffer {
  for (;;) {
    if (buffer.length < 2) return buffer;
    const opcode = buffer[0]! & 0x0f;
    let length = buffer[1]! & 0x7f;
    let offset = 2;
    if (length === 126) {
      if (buffer.length < 4) return buffer;
      length = buffer.readUInt16BE(2);
      offset = 4;
    } else if (length === 127) {
      if (buffer.length < 10) return buffer;
      length = Number(buffer.readBigUInt64BE(2));
      offset = 10;
    }
    if (buffer.length < offset + length) return buffer;
    onFrame(opcode, buffer.subarray(offset, offset + length));
    buffer = buffer.subarray(offset + length);
  }
}

/** A client frame: FIN set, masked as RFC 6455 requires of clients. */
function maskedFrame(opcode: number, data: Uint8Array): Buffer {
  const length = data.byteLength;
  const header =
    length < 126 ? Buffer.alloc(2) : length < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  header[0] = 0x80 | opcode;
  if (length < 126) header[1] = 0x80 | length;
  else if (length < 65536) {
    header[1] = 0x80 | 126;
    header.writeUInt16BE(length, 2);
  } else {
    header[1] = 0x80 | 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  const mask = randomBytes(4);
  const payload = Buffer.from(data);
  for (let i = 0; i < payload.length; i++) payload[i] = payload[i]! ^ mask[i % 4]!;
  return Buffer.concat([header, mask, payload]);
}
