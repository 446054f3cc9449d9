import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import { languageOf } from '../errors/localised-message';
import { GraphqlContext } from './graphql-context';
import { toGraphqlError } from './to-graphql-error';

@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  /** Name, message and stack only: a failed query's parameters may carry personal data. */
  private logInternal(error: unknown): void {
    if (error instanceof Error) this.logger.error(`${error.name}: ${error.message}`, error.stack);
    else this.logger.error(String(error));
  }

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') throw exception;
    const context = GqlArgumentsHost.create(host).getContext<GraphqlContext>();
    return toGraphqlError(exception, languageOf(context.req?.headers['accept-language']), (error) => this.logInternal(error));
  }
}
