import { Controller, Get } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { isObjectType } from 'graphql';
import { Public, Role, Roles } from '@ipl/access';
import type { TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { discoverOperations, type Operation } from './operation-declarations';

const HINT = 'The global AccessGuard refuses them to everyone. Add @Public() or @Roles(...) to each (on the method or its class).';

function report(operations: Operation[]): string {
  return operations.map((operation) => `  - ${operation.name} (${operation.handler})`).join('\n');
}

describe('deny by default: every operation declares its access', () => {
  let api: TestApp;
  let operations: Operation[];
  beforeAll(async () => {
    api = await startApi();
    operations = discoverOperations(api.app.get(ModulesContainer));
  });
  afterAll(() => api.close());

  it('finds every query and mutation of the built schema, so that none escapes the check', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const inSchema = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
    );
    const discovered = operations.filter((operation) => operation.kind !== 'ResolveField' && operation.kind !== 'Route');
    expect(discovered.map((operation) => operation.name).sort()).toEqual(inSchema.sort());
  });

  it('names field resolvers by fields that exist in the schema', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const fieldResolvers = operations.filter((operation) => operation.kind === 'ResolveField');
    expect(fieldResolvers.length).toBeGreaterThan(0);
    for (const { name } of fieldResolvers) {
      const [typeName, field] = name.split('.');
      const type = schema.getType(typeName);
      expect(isObjectType(type) && field in type.getFields() ? name : `${name} is not in the schema`).toBe(name);
    }
    expect(operations.some((operation) => operation.kind === 'Route')).toBe(true);
  });

  it('has no query, mutation, field resolver or route without @Public() or @Roles()', () => {
    const undeclared = operations.filter((operation) => !operation.declared);
    if (undeclared.length > 0) {
      throw new Error(`${undeclared.length} operation(s) declare neither @Public() nor @Roles():\n${report(undeclared)}\n${HINT}`);
    }
  });
});

// A module that forgets declarations, to show that the walk above does catch them.
@Resolver()
class ForgetfulResolver {
  @Query(() => String)
  forgottenQuery(): string {
    return 'open';
  }

  @Roles(Role.ADMIN)
  @Mutation(() => String)
  declaredMutation(): string {
    return 'ok';
  }

  @Mutation(() => String)
  forgottenMutation(): string {
    return 'open';
  }

  @ResolveField('forgottenField', () => String)
  forgottenField(): string {
    return 'open';
  }
}

@Roles(Role.OPERATOR)
@Resolver()
class ClassDeclaredResolver {
  @Query(() => String)
  coveredByClass(): string {
    return 'ok';
  }
}

@Controller('forgotten')
class ForgetfulController {
  @Get()
  forgottenRoute(): string {
    return 'open';
  }

  @Public()
  @Get('public')
  publicRoute(): string {
    return 'ok';
  }
}

describe('the declaration walk', () => {
  it('names each undeclared handler, and accepts class-level declarations', async () => {
    const moduleRef = await Test.createTestingModule({
      providers: [ForgetfulResolver, ClassDeclaredResolver],
      controllers: [ForgetfulController],
    }).compile();
    try {
      const undeclared = discoverOperations(moduleRef.get(ModulesContainer)).filter((operation) => !operation.declared);
      expect(undeclared.map((operation) => operation.handler).sort()).toEqual([
        'ForgetfulController.forgottenRoute',
        'ForgetfulResolver.forgottenField',
        'ForgetfulResolver.forgottenMutation',
        'ForgetfulResolver.forgottenQuery',
      ]);
    } finally {
      await moduleRef.close();
    }
  });
});
