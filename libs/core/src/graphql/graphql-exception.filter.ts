import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { languageOf } from '../errors/localised-message';
import { GraphqlContext } from './graphql-context';
import { toGraphqlError } from './to-graphql-error';

const GRAPHQL_PATH = '/graphql';

@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  /** Name, message and stack only: a failed query's parameters may carry personal data. */
  private logInternal(error: unknown): void {
    if (error instanceof Error) this.logger.error(`${error.name}: ${error.message}`, error.stack);
    else this.logger.error(String(error));
  }

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'http') return this.answerHttp(exception, host);
    if (host.getType<string>() !== 'graphql') throw exception;
    const context = GqlArgumentsHost.create(host).getContext<GraphqlContext>();
    return toGraphqlError(exception, languageOf(context.req?.headers['accept-language']), (error) => this.logInternal(error));
  }

  /**
   * A request to /graphql that fails before Apollo reads it (a body that is not JSON, or over
   * the body limit) is answered as GraphQL answers, with a stable code; left to Express it
   * became an HTML page carrying the stack trace and the server's paths.
   */
  private answerHttp(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    if (!request.path?.startsWith(GRAPHQL_PATH)) throw exception;
    const status = exception instanceof HttpException && exception.getStatus() < 500 ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    const error = toGraphqlError(exception, languageOf(request.headers['accept-language']), (internal) => this.logInternal(internal));
    host.switchToHttp().getResponse<Response>().status(status).json({ errors: [error.toJSON()] });
  }
}
