import { PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { InstanceWrapper } from '@nestjs/core/injector/instance-wrapper.js';
import { RESOLVER_NAME_METADATA, RESOLVER_PROPERTY_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { IS_PUBLIC, ROLES } from '@ipl/access';

export type OperationKind = 'Query' | 'Mutation' | 'Subscription' | 'ResolveField' | 'Route';

export interface Operation {
  kind: OperationKind;
  /** The GraphQL coordinate (`Query.me`, `District.neighbours`) or, for a route, its handler. */
  name: string;
  /** Where the decorator goes: `Class.method`. */
  handler: string;
  /** Whether the global AccessGuard would find @Public() or @Roles(...) on it. */
  declared: boolean;
}

const ROOT_TYPES = new Set<string>(['Query', 'Mutation', 'Subscription']);

type Handler = (...args: unknown[]) => unknown;
type Constructor = abstract new (...args: never[]) => unknown;

/**
 * Every GraphQL handler (query, mutation, subscription, field resolver) and every REST route
 * handler registered in the application, found the way @nestjs/graphql and the router find
 * them: from the decorators' metadata on the providers and controllers of every module.
 */
export function discoverOperations(modules: ModulesContainer): Operation[] {
  const discovery = new DiscoveryService(modules);
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const found = new Map<string, Operation>();

  const visit = (wrappers: InstanceWrapper[], describe: (type: Constructor, method: Handler, methodName: string) => Omit<Operation, 'declared' | 'handler'> | undefined) => {
    for (const wrapper of wrappers) {
      const type = wrapper.metatype as Constructor | undefined;
      if (!wrapper.instance || typeof type !== 'function' || !type.prototype) continue;
      const prototype = type.prototype as Record<string, unknown>;
      for (const methodName of scanner.getAllMethodNames(prototype)) {
        const method = prototype[methodName];
        if (typeof method !== 'function') continue;
        const operation = describe(type, method as Handler, methodName);
        if (!operation) continue;
        const targets = [method as Handler, type];
        const declared =
          reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) === true ||
          reflector.getAllAndOverride<unknown>(ROLES, targets) !== undefined;
        const handler = `${type.name}.${methodName}`;
        found.set(handler, { ...operation, handler, declared });
      }
    }
  };

  visit(discovery.getProviders(), (type, method, methodName) => {
    const methodType: unknown = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method);
    const fieldName = (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ?? methodName;
    if (typeof methodType === 'string' && ROOT_TYPES.has(methodType)) {
      return { kind: methodType as OperationKind, name: `${methodType}.${fieldName}` };
    }
    if (Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, method) === true) {
      const parent: unknown = Reflect.getMetadata(RESOLVER_TYPE_METADATA, type);
      return { kind: 'ResolveField', name: `${typeof parent === 'string' ? parent : type.name}.${fieldName}` };
    }
    return undefined;
  });

  visit(discovery.getControllers(), (type, method, methodName) =>
    Reflect.getMetadata(PATH_METADATA, method) === undefined ? undefined : { kind: 'Route', name: `${type.name}.${methodName}` },
  );

  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}
