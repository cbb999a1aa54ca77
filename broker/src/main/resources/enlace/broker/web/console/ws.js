// A graphql-transport-ws client over the browser's WebSocket: one subscription per socket, the bearer token
// in connection_init, pong for ping, and a reconnect with backoff unless the node refused the token (4401).
const PROTOCOL = 'graphql-transport-ws';

export function subscribe({ query, variables = {}, bearer, onNext, onState }) {
  let socket = null;
  let closed = false;
  let delay = 1000;
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const send = (message) => socket.send(JSON.stringify(message));

  const open = () => {
    socket = new WebSocket(url, PROTOCOL);
    onState('connecting');
    socket.onopen = () => send({ type: 'connection_init', payload: { Authorization: `Bearer ${bearer}` } });
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data);
      switch (message.type) {
        case 'connection_ack':
          delay = 1000;
          send({ id: '1', type: 'subscribe', payload: { query, variables } });
          onState('live');
          break;
        case 'next':
          if (message.payload.data) onNext(message.payload.data);
          else onState('error', message.payload.errors);
          break;
        case 'ping':
          send({ type: 'pong' });
          break;
        case 'error':
          onState('error', message.payload);
          break;
        default:
      }
    };
    socket.onclose = (event) => {
      if (closed) return;
      if (event.code === 4401 || event.code === 4403) {
        onState('refused');
        return;
      }
      onState('reconnecting');
      setTimeout(open, delay);
      delay = Math.min(delay * 2, 30000);
    };
  };
  open();
  return {
    close() {
      closed = true;
      if (socket && socket.readyState === WebSocket.OPEN) send({ id: '1', type: 'complete' });
      if (socket) socket.close(1000);
    },
  };
}
