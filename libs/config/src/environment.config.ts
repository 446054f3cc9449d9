import { registerAs } from '@nestjs/config';
import { validateEnvironment } from './validate-environment';

export const environmentConfig = registerAs('environment', () => validateEnvironment(process.env));
