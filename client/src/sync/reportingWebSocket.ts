/**
 * A WebSocket class for y-websocket's `WebSocketPolyfill` option that also hands every message
 * the server sends to `onMessage`. That option is the provider's documented way to supply its
 * socket, so the board connection can read the server's acknowledgements without touching the
 * provider's internals (its `messageHandlers` table is not API, and `provider.ws` is replaced on
 * every reconnect). The listener runs just before the provider's own handler; what it is given
 * is only read, never consumed.
 */
export function reportingWebSocket(onMessage: (data: Uint8Array) => void): typeof WebSocket {
  return class ReportingWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', (event: MessageEvent<unknown>) => {
        // The provider sets `binaryType = 'arraybuffer'` before any message can arrive.
        if (event.data instanceof ArrayBuffer) onMessage(new Uint8Array(event.data));
      });
    }
  };
}
