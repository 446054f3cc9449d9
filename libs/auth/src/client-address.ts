import type { Request } from 'express';

/**
 * The caller's address, as failures and throttles count it. Express gives the socket's peer
 * unless `trust proxy` is set, which a deployment behind a load balancer must do.
 */
export function clientAddressOf(request: Pick<Request, 'ip' | 'socket'>): string {
  return (request.ip ?? request.socket.remoteAddress ?? 'unknown').slice(0, 64);
}
