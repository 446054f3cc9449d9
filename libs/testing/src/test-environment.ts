/** What globalSetup hands to every test file, through the environment. */
export const TEST_ENV = {
  serverUrl: 'IPL_TEST_POSTGRES_URL',
  templateDatabase: 'IPL_TEST_TEMPLATE_DATABASE',
} as const;

export const TEMPLATE_DATABASE = 'ipl_template';

/** Marks the line that carries the test servers' URLs (other output may precede it). */
export const READY_PREFIX = 'IPL_TEST_SERVERS ';
