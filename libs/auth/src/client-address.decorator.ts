import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { clientAddressOf } from './client-address';

/** The address of the client that sent this GraphQL operation. */
export const ClientAddress = createParamDecorator((_data: unknown, context: ExecutionContext): string =>
  clientAddressOf(GqlExecutionContext.create(context).getContext<{ req: Request }>().req),
);
