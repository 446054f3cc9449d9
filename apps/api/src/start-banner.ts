/** What a developer needs to see once `npm start` is up. */
export function printBanner(url: string, started: string[]): void {
  const lines = [
    '',
    `Insieme per il lavoro portal: ${url.replace('127.0.0.1', 'localhost')}/`,
    `Insieme per il lavoro API: ${url.replace('127.0.0.1', 'localhost')}/graphql`,
    `Health: ${url.replace('127.0.0.1', 'localhost')}/health`,
    ...started.map((service) => `Started ${service}`),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
