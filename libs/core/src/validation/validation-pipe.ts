import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { CommonError, CommonErrorCode } from '../errors/common-errors';
import { FieldError } from '../errors/domain-error';
import { illFormedTextPaths } from './ill-formed-text';
import { translateConstraint } from './translate-constraint';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      messages: translateConstraint(field, constraint, message),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

function illFormedText(paths: string[]): InstanceType<typeof CommonError> {
  const fields = paths.map((field) => ({
    field,
    messages: { it: `${field}: contiene caratteri non validi`, en: `${field}: contains characters that are not valid text` },
  }));
  return new CommonError(CommonErrorCode.VALIDATION_FAILED, { fields: paths.join(', ') }, { fields });
}

/** What the exception factory hands back to the pipe, which alone knows the argument's name. */
class InvalidFields {
  constructor(readonly errors: ValidationError[]) {}
}

/**
 * Names each field by its full path from the operation's argument (`input.email`, not
 * `email`), as the client wrote it in its variables.
 */
class BilingualValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // An omitted nullable argument: the schema already allowed it, and Nest's pipe would
    // validate an empty object in its place, as if every required field were missing.
    if (value === undefined || value === null) return value;
    // Before the validators, which are not all safe on such strings (IsEmail threw URIError).
    const illFormed = illFormedTextPaths(value, metadata.data ?? '');
    if (illFormed.length > 0) throw illFormedText(illFormed);
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof InvalidFields)) throw error;
      const fields = flatten(error.errors, metadata.data ?? '');
      const names = [...new Set(fields.map(({ field }) => field))].join(', ');
      throw new CommonError(CommonErrorCode.VALIDATION_FAILED, { fields: names }, { fields });
    }
  }
}

/**
 * The one validation pipe: unknown fields are refused (never silently dropped), and every
 * failure becomes BAD_USER_INPUT with a message per field in Italian and English.
 */
export function createValidationPipe(): ValidationPipe {
  return new BilingualValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new InvalidFields(errors),
  });
}
