// Where a server spends its CPU: self time from a V8 .cpuprofile (node --cpu-prof), by package or
// part of the build and by function. `node scripts/bench/profile-summary.mjs <file.cpuprofile>`.
import { readFileSync } from 'node:fs';

/** A name for where a function lives: the npm package, the app's own bundle, or Node itself. */
function placeOf(url) {
  if (!url) return 'V8 / native';
  if (url.startsWith('node:')) return 'Node.js internals';
  const compiled = /node_modules\/next\/dist\/compiled\/([^/]+)/.exec(url);
  if (compiled) return `next (compiled ${compiled[1]})`;
  const chunk = /\.next[^/]*\/server\/chunks\/(?:ssr\/)?(.+)$/.exec(url);
  if (chunk) {
    const bundled = /node_modules_((?:@[^_]+_)?[^_]+)/.exec(chunk[1]);
    return bundled ? `app bundle: ${bundled[1].replace('_', '/')}` : 'app bundle: app code and inlined modules';
  }
  const packages = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
  if (packages.length) return packages.at(-1)[1];
  return url.replace(/^file:\/\//, '');
}

export function summariseProfile(file, { top = 12 } = {}) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map();
  profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));

  const byPlace = new Map();
  const byFunction = new Map();
  let busy = 0;
  for (const [id, micros] of selfMicros) {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    if (functionName === '(idle)') continue;
    busy += micros;
    const place = ['(garbage collector)', '(program)'].includes(functionName) ? functionName : placeOf(url);
    byPlace.set(place, (byPlace.get(place) ?? 0) + micros);
    const name = `${functionName || '(anonymous)'} ${placeOf(url)}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
  }

  const ranked = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, ms: micros / 1000, share: micros / busy }));
  return { busyMs: busy / 1000, places: ranked(byPlace), functions: ranked(byFunction) };
}

/**
 * Shares of the sampled time. The profiler samples wall-clock intervals, so on a busy machine its
 * milliseconds overstate CPU time; the shares are what to read.
 */
export function formatProfile(title, summary) {
  const lines = [`${title} (shares of ${(summary.busyMs / 1000).toFixed(0)} s sampled while busy):`];
  lines.push('  by place:');
  for (const { name, share } of summary.places) lines.push(`    ${(share * 100).toFixed(1).padStart(5)} %  ${name}`);
  lines.push('  by function:');
  for (const { name, share } of summary.functions) lines.push(`    ${(share * 100).toFixed(1).padStart(5)} %  ${name}`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of process.argv.slice(2)) console.log(formatProfile(file, summariseProfile(file, { top: 25 })));
}
