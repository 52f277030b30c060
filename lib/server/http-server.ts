import { createServer, type RequestListener, type Server } from 'node:http';

/**
 * The HTTP server in front of the listener. Node closes an idle keep-alive connection after 5 s by default, but load
 * balancers keep theirs to the backend open longer (60 s on AWS's and most others): a request the balancer sends just
 * as Node closes the connection is lost, and the IdP is answered 502. Roster therefore waits longer than the
 * balancer, the way the balancers' own documentation asks of a backend.
 */
export function createHttpServer(listener: RequestListener, options: { keepAliveSeconds: number }): Server {
  const server = createServer(listener);
  server.keepAliveTimeout = options.keepAliveSeconds * 1000;
  return server;
}
