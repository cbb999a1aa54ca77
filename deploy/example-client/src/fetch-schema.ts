// Downloads the node's SDL and checks it against the hash the node publishes at /.well-known/enlace-node.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { args } from './args.js';

const base = (args().url ?? process.env.ENLACE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const node = await (await fetch(`${base}/.well-known/enlace-node`)).json();
const sdl = await (await fetch(`${base}/graphql/schema.graphql`)).text();
const sha256 = createHash('sha256').update(sdl, 'utf8').digest('hex');
if (sha256 !== node.schema.sha256) {
  throw new Error(`the SDL's SHA-256 ${sha256} is not the one the node names (${node.schema.sha256})`);
}
writeFileSync('schema.graphql', sdl);
console.log(`schema.graphql: API ${node.apiVersion} of node ${node.id}, sha256 ${sha256}`);
