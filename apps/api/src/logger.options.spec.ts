import { createServer, type Server } from 'node:http';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { pinoHttp, type Options } from 'pino-http';
import request from 'supertest';
import { AppConfig, validateEnvironment } from '@ipl/config';
import { loggerOptions } from './logger.options';

interface LogLine {
  reqId?: string;
  service?: string;
  req?: Record<string, unknown>;
  msg?: string;
}

/** A plain HTTP server behind the API's own pino-http options, its log lines captured. */
function loggedServer(lines: LogLine[]): Server {
  const config = new AppConfig(validateEnvironment({ JWT_SECRET: 'a-secret-of-at-least-thirty-two-characters', LOG_LEVEL: 'info' }));
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as LogLine);
      done();
    },
  });
  const logger = pinoHttp(loggerOptions(config).pinoHttp as Options, stream);
  return createServer((req, res) => {
    logger(req, res);
    req.resume();
    req.on('end', () => res.end('ok'));
  });
}

async function logOf(lines: LogLine[], reqId: string): Promise<LogLine> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const line = lines.find((candidate) => candidate.reqId === reqId || candidate.req?.id === reqId);
    if (line) return line;
    await sleep(10);
  }
  throw new Error(`no log line for request ${reqId}: ${JSON.stringify(lines)}`);
}

describe('request logs', () => {
  const lines: LogLine[] = [];
  const server = loggedServer(lines);
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('logs each request once with its id, the one sent back in x-request-id', async () => {
    const response = await request(server).get('/graphql').set('X-Request-Id', 'proxy-id-12345678');
    expect(response.headers['x-request-id']).toBe('proxy-id-12345678');
    const line = await logOf(lines, 'proxy-id-12345678');
    expect(line.service).toBe('api');
    expect(line.req).toEqual({ id: 'proxy-id-12345678', method: 'GET', url: '/graphql' });
    expect(lines.filter((candidate) => candidate.req?.id === 'proxy-id-12345678')).toHaveLength(1);
  });

  it('never logs credentials or the body (GraphQL variables carry passwords)', async () => {
    const response = await request(server)
      .post('/graphql')
      .set('Authorization', 'Bearer secret-access-token')
      .set('Cookie', 'session=secret-cookie')
      .send({ query: 'mutation { login }', variables: { password: 'secret-password' } });
    const line = await logOf(lines, response.headers['x-request-id'] as string);
    expect(JSON.stringify(line)).not.toMatch(/secret-|Bearer|password/);
  });

  it('does not log health probes', async () => {
    const response = await request(server).get('/health');
    await sleep(50);
    expect(lines.some((line) => line.req?.id === response.headers['x-request-id'])).toBe(false);
  });
});
