import type { LocalServices } from '@ipl/embedded-servers';

/** What a developer needs to see once `npm start` is up. */
export function printBanner(url: string, local: Pick<LocalServices, 'started' | 'replaced'>): void {
  const lines = [
    '',
    `Insieme per il lavoro portal: ${url.replace('127.0.0.1', 'localhost')}/`,
    `Insieme per il lavoro API: ${url.replace('127.0.0.1', 'localhost')}/graphql`,
    `Health: ${url.replace('127.0.0.1', 'localhost')}/health`,
    // A previous run died without stopping its servers (killed, out of memory): say what was cleaned up.
    ...local.replaced.map((service) => `Stopped ${service}, left running by a previous start that died`),
    ...local.started.map((service) => `Started ${service}`),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
