import type { Request, Response } from 'express';
import type { QueryBudget } from './limits/query-budget';
import { RequestLoaders } from './request-loaders';

export interface GraphqlContext {
  req: Request;
  res: Response;
  loaders: RequestLoaders;
  /** Set when a query starts executing (mutations have none). */
  budget?: QueryBudget;
}

export function createGraphqlContext({ req, res }: { req: Request; res: Response }): GraphqlContext {
  return { req, res, loaders: new RequestLoaders() };
}
