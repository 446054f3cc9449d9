import { registerDecorator, ValidationOptions } from 'class-validator';
import { bilingual } from '@ipl/core';
import { isValidPartitaIva } from './partita-iva';

/** class-validator: an Italian partita IVA with a valid check digit. */
export function IsPartitaIva(options: ValidationOptions = {}): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isPartitaIva',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: bilingual({
          it: 'non è una partita IVA valida (11 cifre, l’ultima di controllo)',
          en: 'is not a valid partita IVA (11 digits, the last a check digit)',
        }),
        ...options,
      },
      validator: { validate: (value: unknown) => isValidPartitaIva(value) },
    });
  };
}
