/** An API call whose Host header says what the caller likes (fetch would not let us set it). */
import http from 'node:http';
import type { ServerLike } from './accounts';

export function postWithHost(
  server: ServerLike,
  path: string,
  host: string,
  cookie: string,
  body: unknown,
): Promise<{ status: number; body: unknown }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(`${server.url}${path}`, {
      method: 'POST',
      // No Origin: a script, not a browser, so the CSRF check does not stop it first.
      headers: { host, cookie, 'content-type': 'application/json' },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}
