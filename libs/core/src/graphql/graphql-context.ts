import type { Request, Response } from 'express';
import { RequestLoaders } from './request-loaders';

export interface GraphqlContext {
  req: Request;
  res: Response;
  loaders: RequestLoaders;
}

export function createGraphqlContext({ req, res }: { req: Request; res: Response }): GraphqlContext {
  return { req, res, loaders: new RequestLoaders() };
}
