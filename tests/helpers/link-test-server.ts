/**
 * A local HTTP server that answers like the publishers' sites the link checker meets: 200, 301,
 * 404, 410, 500, a request that never answers in time, a redirect loop, a server that refuses
 * HEAD, and one that refuses robots (403). The link checker is only ever tested against it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LinkTestServer {
  origin: string;
  /** Requests seen, as "METHOD /path". */
  requests: string[];
  close: () => Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const ROUTES: Record<string, Handler> = {
  '/ok': (_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<p>fine</p>'),
  '/moved': (_, response) => response.writeHead(301, { location: '/ok' }).end(),
  '/missing': (_, response) => response.writeHead(404).end(),
  '/gone': (_, response) => response.writeHead(410).end(),
  '/broken': (_, response) => response.writeHead(500).end(),
  // Never answers: the checker must give up on its own.
  '/slow': () => undefined,
  '/loop-a': (_, response) => response.writeHead(302, { location: '/loop-b' }).end(),
  '/loop-b': (_, response) => response.writeHead(302, { location: '/loop-a' }).end(),
  '/no-head': (request, response) => response.writeHead(request.method === 'HEAD' ? 405 : 200).end(),
  '/forbidden': (_, response) => response.writeHead(403).end(),
};

export async function startLinkTestServer(): Promise<LinkTestServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    requests.push(`${request.method} ${path}`);
    (ROUTES[path] ?? ((_, res: ServerResponse) => res.writeHead(404).end()))(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
