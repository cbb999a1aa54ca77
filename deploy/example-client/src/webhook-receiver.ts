// Receives an Enlace node's referral webhooks and accepts only what the node signed:
// X-Enlace-Signature = "sha256=" + hex(HMAC-SHA256(secret, X-Enlace-Timestamp + "." + body)), a timestamp no
// older than five minutes, and each event once.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { args } from './args.js';

const opts = args();
const secret = opts.secret ?? process.env.ENLACE_WEBHOOK_SECRET;
if (!secret) throw new Error('--secret (or ENLACE_WEBHOOK_SECRET) is required');
const MAX_AGE_MS = 5 * 60 * 1000;
const seen = new Set<string>();

export function verify(timestamp: string | undefined, signature: string | undefined, body: Buffer): boolean {
  if (!timestamp || !signature?.startsWith('sha256=')) return false;
  const at = /^\d+$/.test(timestamp) ? Number(timestamp) * 1000 : Date.parse(timestamp);
  if (!Number.isFinite(at) || Math.abs(Date.now() - at) > MAX_AGE_MS) return false;
  const expected = createHmac('sha256', secret!).update(`${timestamp}.`).update(body).digest();
  const given = Buffer.from(signature.slice('sha256='.length), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (c: Buffer) => chunks.push(c));
  request.on('end', () => {
    const body = Buffer.concat(chunks);
    if (request.method !== 'POST' || !verify(request.headers['x-enlace-timestamp'] as string,
      request.headers['x-enlace-signature'] as string, body)) {
      console.log('refused: bad signature or timestamp');
      response.writeHead(401).end();
      return;
    }
    const event = JSON.parse(body.toString('utf8'));
    const key = (request.headers['idempotency-key'] as string) ?? `${event.id} ${event.type} ${event.at}`;
    if (!seen.has(key)) {
      seen.add(key);
      console.log(`verified ${event.type} ${event.id}`);
    }
    response.writeHead(204).end();
  });
});
server.listen(Number(opts.port ?? 0), opts.host ?? '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening on ${typeof address === 'object' && address ? address.port : address}`);
});
