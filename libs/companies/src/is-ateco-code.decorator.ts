import { registerDecorator, ValidationOptions } from 'class-validator';
import { bilingual } from '@ipl/core';
import { isAtecoCode } from './ateco';

/** class-validator: an ATECO 2007 code (NN, NN.N, NN.NN, NN.NN.N or NN.NN.NN) of an existing division. */
export function IsAtecoCode(options: ValidationOptions = {}): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isAtecoCode',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: bilingual({
          it: 'non è un codice ATECO valido (es. 10.71 o 56.10.11)',
          en: 'is not a valid ATECO code (e.g. 10.71 or 56.10.11)',
        }),
        ...options,
      },
      validator: { validate: (value: unknown) => isAtecoCode(value) },
    });
  };
}
