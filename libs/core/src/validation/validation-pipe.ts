import { ValidationPipe } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { CommonError, CommonErrorCode } from '../errors/common-errors';
import { FieldError } from '../errors/domain-error';
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

/**
 * The one validation pipe: unknown fields are refused (never silently dropped), and every
 * failure becomes BAD_USER_INPUT with a message per field in Italian and English.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const names = [...new Set(fields.map(({ field }) => field))].join(', ');
      return new CommonError(CommonErrorCode.VALIDATION_FAILED, { fields: names }, { fields });
    },
  });
}
