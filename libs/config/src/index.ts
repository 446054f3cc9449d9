export { AppConfig } from './app-config';
export { AppConfigModule } from './app-config.module';
export { Environment, type NodeEnvironment } from './environment';
export { ConfigurationError, validateEnvironment } from './validate-environment';
