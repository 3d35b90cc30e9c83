/**
 * The origin people reach Orderlane at (PUBLIC_ORIGIN), e.g. `https://orders.example.com`: links
 * the server hands out (invitations) are built from it, never from a request's Host header, which
 * whoever sends the request chooses.
 */

/** `scheme://host[:port]` without a trailing slash; throws on anything else. */
export function parsePublicOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `PUBLIC_ORIGIN must be an origin like https://orders.example.com, got "${value}"`,
    );
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !bare) {
    throw new Error(`PUBLIC_ORIGIN must be an http(s) origin with no path, got "${value}"`);
  }
  return url.origin;
}

/** Without PUBLIC_ORIGIN: the address this server listens on, `localhost` for all interfaces. */
export function defaultPublicOrigin(host: string, port: number): string {
  const wildcard = host === '0.0.0.0' || host === '::';
  return `http://${wildcard ? 'localhost' : host}:${port}`;
}
