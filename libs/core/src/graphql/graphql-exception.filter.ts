import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import { languageOf } from '../errors/localised-message';
import { GraphqlContext } from './graphql-context';
import { toGraphqlError } from './to-graphql-error';

@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') throw exception;
    const context = GqlArgumentsHost.create(host).getContext<GraphqlContext>();
    return toGraphqlError(exception, languageOf(context.req?.headers['accept-language']));
  }
}
