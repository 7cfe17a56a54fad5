// The bench's table: Markdown with padded columns, so it reads the same in a terminal and in the
// README, each goal marked met or missed.
import { cpus, loadavg, release, totalmem } from 'node:os';

const KIB = 1024;
const MIB = 1024 * 1024;

export function describeMachine() {
  const processors = cpus();
  return {
    cpu: processors[0]?.model?.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    os: `${process.platform} ${release()}`,
    node: process.version,
    // What else was running: the figures are ratios so that they hold on a busy machine, not to hide it.
    loadAverage: Number(loadavg()[0].toFixed(1)),
  };
}

function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(cells[0]), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
}

const kib = (bytes) => (bytes / KIB).toFixed(1);
const ms = (value) => value.toFixed(1);
const ratio = (value) => value.toFixed(2);
const mark = (met) => (met ? 'met' : 'MISSED');

function clientSection({ floor, budgetKiB, rows }) {
  const body = [
    ['/blank (the floor)', 'empty page', floor.scripts, kib(floor.raw), kib(floor.gzip), '—', '—'],
    ...rows.map((row) =>
      row.notMeasured
        ? [row.route, row.state, '—', '—', '—', '—', `not measured: ${row.notMeasured}`]
        : [row.route, row.state, row.scripts, kib(row.raw), kib(row.gzip), `+${kib(row.overFloorGzip)}`, mark(row.met)],
    ),
  ];
  return [
    `### 1. Client JavaScript per page (first visit; goal: at most the floor + ${budgetKiB} KiB gzip)`,
    '',
    table(['page', 'state', 'scripts', 'raw KiB', 'gzip KiB', 'over floor', 'goal'], body),
  ].join('\n');
}

function serverSection(rows, calls) {
  const body = rows.map((row) => [
    row.step,
    calls[row.step],
    row.concurrency,
    `${ms(row.app.p50)} / ${ms(row.app.p95)}`,
    `${ms(row.sdk.p50)} / ${ms(row.sdk.p95)}`,
    ratio(row.p50Ratio),
    ratio(row.p95Ratio),
    row.app.errors + row.sdk.errors,
    `${mark(row.met)} (p50 ≤ ${row.goal})`,
  ]);
  const errors = rows
    .flatMap((row) => [row.app.firstError, row.sdk.firstError].filter(Boolean).map((error) => `- ${row.step} at ${row.concurrency}: ${error}`));
  return [
    '### 2. Server cost per step (ms, p50 / p95: the round trip through the app against the bare SDK call)',
    '',
    table(['step', 'SDK call(s)', 'concurrency', 'app', 'SDK alone', 'p50 ratio', 'p95 ratio', 'errors', 'goal'], body),
    ...(errors.length ? ['', 'First errors:', ...errors] : []),
  ].join('\n');
}

const cpu = (perProcess) =>
  Object.entries(perProcess)
    .map(([name, milliseconds]) => `${name} ${milliseconds.toFixed(1)} ms`)
    .join(', ');

function throughputSection(throughput, flowCalls) {
  return [
    `### 3. Throughput (sign-ins with a code per second, ${throughput.connections} connections; the emulator alone makes the same calls: ${flowCalls})`,
    '',
    table(
      ['through the app', 'emulator alone', 'ratio', 'errors', 'goal'],
      [[throughput.app.toFixed(1), throughput.emulator.toFixed(1), ratio(throughput.ratio), throughput.errors, `${mark(throughput.met)} (≥ 0.8)`]],
    ),
    '',
    `CPU per flow: through the app, ${cpu(throughput.cpuMsPerFlow.app)}; the emulator alone, ${cpu(throughput.cpuMsPerFlow.emulator)}.`,
    ...(throughput.firstError ? ['', `First error: ${throughput.firstError}`] : []),
  ].join('\n');
}

function memorySection(memory) {
  return [
    '### 4. Memory (resident set of `next start`)',
    '',
    table(
      ['idle after start', `after ${memory.firstFlows} flows`, `after ${memory.totalFlows} flows`, 'ratio', 'goal'],
      [[`${(memory.idle / MIB).toFixed(0)} MiB`, `${(memory.afterFirst / MIB).toFixed(0)} MiB`, `${(memory.afterAll / MIB).toFixed(0)} MiB`, ratio(memory.ratio), `${mark(memory.met)} (≤ 1.25)`]],
    ),
    '',
    `Along the way: ${memory.series.map(({ flows, bytes }) => `${flows} flows ${(bytes / MIB).toFixed(0)} MiB`).join(', ')}.`,
  ].join('\n');
}

/** Marks each goal, and renders the four sections with the machine they ran on. */
export function renderReport(results, { sdkCalls, flowCalls }) {
  results.throughput.met = results.throughput.ratio >= 0.8 && results.throughput.errors === 0;
  results.memory.met = results.memory.ratio <= 1.25;
  const clientMet = results.clientJavaScript.rows.every((row) => row.notMeasured || row.met);
  const allMet = clientMet && results.serverCost.every((row) => row.met) && results.throughput.met && results.memory.met;

  const { machine, plan } = results;
  const markdown = [
    `Run ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}; ` +
      `load average ${machine.loadAverage} at the start; load generator, app and emulator share the cores. ` +
      `${plan.mfaUsers + plan.enrolmentUsers + 3} users in the emulator; ` +
      `${results.seconds.toFixed(0)} s in all.`,
    '',
    clientSection(results.clientJavaScript),
    '',
    serverSection(results.serverCost, sdkCalls),
    '',
    throughputSection(results.throughput, flowCalls),
    '',
    memorySection(results.memory),
    ...(results.codeShortfalls ? ['', `Warning: ${results.codeShortfalls} codes were sent a second time (too few users for the load).`] : []),
  ].join('\n');
  return { markdown, text: `${markdown}\n\n${allMet ? 'Every goal met.' : 'Some goals MISSED (see above).'}`, allMet };
}
