import { describe, expect, it } from 'vitest';
import { readConfig, readTunables } from './config';

describe('readConfig', () => {
  it('has the documented defaults', () => {
    expect(readConfig({}, [], '/srv/orderlane')).toEqual({
      port: 3000,
      dataDir: '/srv/orderlane/data',
      allowedOrigins: [],
      logLevel: 'info',
      demo: false,
      trustProxy: false,
      tunables: {},
    });
  });

  it('reads PORT, DATA_DIR, ALLOWED_ORIGINS, LOG_LEVEL and the demo switch', () => {
    const env = {
      PORT: '8080',
      DATA_DIR: 'var/db',
      ALLOWED_ORIGINS: 'https://a.example, https://b.example,',
      LOG_LEVEL: 'debug',
    };
    expect(readConfig(env, [], '/srv')).toEqual({
      port: 8080,
      dataDir: '/srv/var/db',
      allowedOrigins: ['https://a.example', 'https://b.example'],
      logLevel: 'debug',
      demo: false,
      trustProxy: false,
      tunables: {},
    });
    expect(readConfig({ DEMO: '1' }, [], '/').demo).toBe(true);
    expect(readConfig({}, ['--demo'], '/').demo).toBe(true);
    expect(readConfig({ TRUST_PROXY: '1' }, [], '/').trustProxy).toBe(true);
  });

  it('reads PUBLIC_ORIGIN as a bare origin and refuses anything else', () => {
    expect(readConfig({}, [], '/').publicOrigin).toBeUndefined();
    expect(readConfig({ PUBLIC_ORIGIN: 'https://Orders.Example.com/' }, [], '/').publicOrigin).toBe(
      'https://orders.example.com',
    );
    for (const bad of ['orders.example.com', 'ftp://a.example', 'https://a.example/app']) {
      expect(() => readConfig({ PUBLIC_ORIGIN: bad }, [], '/')).toThrow(/PUBLIC_ORIGIN/);
    }
  });

  it('reads the ORDERLANE_* tunables, leaving unset what is not a number ≥ 0', () => {
    const env = {
      ORDERLANE_ROOM_UNLOAD_MS: '150',
      ORDERLANE_COMPACT_AFTER_UPDATES: '7',
      ORDERLANE_MAX_SEND_BUFFER_BYTES: '65536',
      ORDERLANE_YJS_BURST_BYTES: '1e12',
      ORDERLANE_CONNECTION_BURST: '0',
      ORDERLANE_MAX_OPEN_CONNECTIONS: '1000000',
    };
    expect(readConfig(env, [], '/').tunables).toEqual({
      roomUnloadMs: 150,
      compactAfterUpdates: 7,
      maxSendBufferBytes: 65536,
      yjsBurstBytes: 1e12,
      connectionBurst: 0,
      maxOpenConnections: 1_000_000,
    });
    const junk = { ORDERLANE_ROOM_UNLOAD_MS: 'soon', ORDERLANE_CONNECTION_BURST: '-1' };
    expect(readTunables({ ...junk, ORDERLANE_YJS_BURST_BYTES: '' })).toEqual({});
  });

  it('refuses a PORT that is not a port', () => {
    expect(() => readConfig({ PORT: 'eighty' }, [], '/')).toThrow(/PORT/);
    expect(() => readConfig({ PORT: '70000' }, [], '/')).toThrow(/PORT/);
  });
});
