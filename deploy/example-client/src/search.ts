// Pages through the shelters near a municipality with typed results (TypedDocumentNode from codegen).
import { GraphQLClient } from 'graphql-request';
import { SheltersDocument, type SheltersQuery } from './generated/graphql.js';
import { args } from './args.js';

const opts = args();
const base = (opts.url ?? process.env.ENLACE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const client = new GraphQLClient(`${base}/graphql`, { headers: { 'Accept-Language': 'es' } });

type Edge = SheltersQuery['searchServices']['edges'][number];
const shelters: Edge[] = [];
let after: string | null | undefined = null;
let pages = 0;
do {
  const page: SheltersQuery = await client.request(SheltersDocument, {
    municipality: opts.municipality ?? '07089', radiusKm: Number(opts.radius ?? 50), first: Number(opts.first ?? 2),
    after,
  });
  pages += 1;
  shelters.push(...page.searchServices.edges);
  after = page.searchServices.pageInfo.hasNextPage ? page.searchServices.pageInfo.endCursor : null;
} while (after && pages < 50);

for (const { node, distanceKm } of shelters) {
  const room = node.capacity ? `${node.capacity.available}/${node.capacity.total}` : 'sin dato';
  console.log(`${distanceKm.toFixed(1)} km  ${node.name} (${node.organization.name})  lugares: ${room}`);
}
console.log(JSON.stringify({ pages, shelters: shelters.length, ids: shelters.map((e) => e.node.id) }));
