import { MIX_WEIGHTS } from './mix';
import type { LoadRun } from './run-load';
import type { LoadWorld } from './world';

/** The run as printed on stdout: what was loaded, how each kind fared, the API's memory over time. */
export function loadReport(run: LoadRun, world: LoadWorld, connections: number): string {
  const { sizes } = world;
  const mib = (value: number | null): string => (value === null ? '-' : value.toFixed(1));
  const ms = (value: number): string => value.toFixed(1);
  const lines = [
    `load: ${run.seconds.toFixed(0)} s, ${connections} connections on loopback, one request in flight each`,
    `world: ${sizes.candidates} candidates (${world.operators.length} operators with profiles), ${sizes.slots} published slots of ${world.companies.length} companies admitted to the Albo, ${sizes.proposals} proposals before the run`,
    '',
    `| kind | share (target) | requests | req/s | p50 ms | p95 ms | p99 ms | non-2xx | GraphQL errors |`,
    `|---|---|---|---|---|---|---|---|---|`,
  ];
  const total = run.recorder.total();
  for (const row of run.recorder.summary(run.seconds)) {
    const target = row.kind === 'all' ? 100 : MIX_WEIGHTS[row.kind];
    const share = total > 0 ? (100 * row.requests) / total : 0;
    lines.push(`| ${row.kind} | ${share.toFixed(1)}% (${target}%) | ${row.requests} | ${row.perSecond.toFixed(1)} | ${ms(row.p50)} | ${ms(row.p95)} | ${ms(row.p99)} | ${row.non2xx} | ${row.graphqlErrors} |`);
  }
  const { autocannon } = run;
  lines.push(
    '',
    `autocannon: ${autocannon.requests.total} requests, ${autocannon.non2xx} non-2xx, ${autocannon.errors} connection errors, ${autocannon.timeouts} timeouts; latency p50 ${autocannon.latency.p50} ms, p99 ${autocannon.latency.p99} ms, max ${autocannon.latency.max} ms`,
  );
  const errors = run.recorder.errorCounts();
  if (errors.length > 0) {
    lines.push('', 'errors:');
    for (const error of errors.slice(0, 20)) lines.push(`  ${error.count} × ${error.kind} ${error.code}: ${error.example}`);
  }
  lines.push('', '| API memory at | RSS MiB | allocated (RssAnon) MiB | V8 heap used MiB | V8 heap total MiB |', '|---|---|---|---|---|');
  for (const sample of run.memory) lines.push(`| ${sample.atSeconds} s | ${mib(sample.rssMiB)} | ${mib(sample.allocatedMiB)} | ${mib(sample.heapUsedMiB)} | ${mib(sample.heapTotalMiB)} |`);
  const first = run.memory[0];
  const last = run.memory[run.memory.length - 1];
  if (first?.rssMiB && last?.rssMiB) lines.push(`RSS start → end: ${first.rssMiB.toFixed(1)} → ${last.rssMiB.toFixed(1)} MiB (${(last.rssMiB - first.rssMiB >= 0 ? '+' : '') + (last.rssMiB - first.rssMiB).toFixed(1)} MiB)`);
  const cpu = run.generatorCpuSeconds;
  lines.push(`load generator CPU: ${cpu.user.toFixed(1)} s user + ${cpu.system.toFixed(1)} s system, ${((100 * (cpu.user + cpu.system)) / run.seconds).toFixed(0)}% of one core`);
  return lines.join('\n');
}
