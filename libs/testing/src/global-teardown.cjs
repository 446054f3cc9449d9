// Stops the test servers' process and waits until PostgreSQL and Meilisearch are gone.
module.exports = async function globalTeardown() {
  const child = globalThis.__IPL_TEST_SERVERS__;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
};
