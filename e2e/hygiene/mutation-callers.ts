import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { IS_PUBLIC, ROLES, type Role } from '@ipl/access';

/** Who may call a mutation: `anonymous` for @Public(), else the roles of its @Roles(...). */
export type Caller = Role | 'anonymous';

/**
 * The callers each mutation admits, read from the same decorators the AccessGuard reads, so
 * that a fuzzed input reaches the validation and the service instead of stopping at the guard.
 */
export function mutationCallers(modules: ModulesContainer): Map<string, Caller[]> {
  const reflector = new Reflector();
  const scanner = new MetadataScanner();
  const callers = new Map<string, Caller[]>();
  for (const wrapper of new DiscoveryService(modules).getProviders()) {
    const type = wrapper.metatype as (abstract new (...args: never[]) => unknown) | undefined;
    if (!wrapper.instance || typeof type !== 'function' || !type.prototype) continue;
    const prototype = type.prototype as Record<string, unknown>;
    for (const methodName of scanner.getAllMethodNames(prototype)) {
      const method = prototype[methodName];
      if (typeof method !== 'function' || Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) !== 'Mutation') continue;
      const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ?? methodName;
      const targets = [method, type];
      const isPublic = reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) === true;
      callers.set(name, isPublic ? ['anonymous'] : (reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets) ?? []));
    }
  }
  return callers;
}
