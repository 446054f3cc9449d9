import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AppConfig } from './app-config';
import { environmentConfig } from './environment.config';

@Global()
@Module({
  // The environment is validated when the app is created (not when this file is imported),
  // so a process, or a test, can set variables before it builds the app.
  imports: [ConfigModule.forRoot({ load: [environmentConfig], ignoreEnvFile: process.env.NODE_ENV === 'test' })],
  providers: [AppConfig],
  exports: [AppConfig],
})
export class AppConfigModule {}
