import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphqlContext } from '../graphql-context';

/**
 * Stops a resolver whose query has run out of its budget before it does any work. A global
 * guard because guards are the one enhancer Nest runs on field resolvers; registered after the
 * access guard, whose await puts this check past the level's synchronous start.
 */
@Injectable()
export class QueryBudgetGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() === 'graphql') GqlExecutionContext.create(context).getContext<GraphqlContext>().budget?.assertLeft();
    return true;
  }
}
