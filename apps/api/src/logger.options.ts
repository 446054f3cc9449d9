import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import { AppConfig } from '@ipl/config';

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

/**
 * JSON logs with a request id (taken from X-Request-Id when well formed, so a proxy's id flows
 * through). Bodies are never logged: GraphQL variables carry passwords and profile text.
 */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.get('LOG_LEVEL'),
      genReqId: (request: IncomingMessage, response: ServerResponse) => {
        const header = request.headers['x-request-id'];
        const id = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
        response.setHeader('x-request-id', id);
        return id;
      },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', 'req.body', '*.password', '*.token', '*.refreshToken'],
        censor: '[redacted]',
      },
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({ id: request.id, method: request.method, url: request.url }),
      },
      customProps: () => ({ service: 'api' }),
      autoLogging: { ignore: (request: IncomingMessage) => request.url === '/health' },
    },
  };
}
