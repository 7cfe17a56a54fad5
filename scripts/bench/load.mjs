// The two ways the bench puts load on a server: autocannon for HTTP through the app, and a closed
// loop of SDK calls for the emulator alone (the floor). Both keep `concurrency` requests in flight
// and record each latency in microseconds in an HDR histogram (the one autocannon uses); a run
// resolves to a sample for summarise().
import autocannon from 'autocannon';
import hdr from 'hdr-histogram-js';

function histogram() {
  return hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 120_000_000, numberOfSignificantValueDigits: 3 });
}

/** p50 and p95 in milliseconds, and the counts, of one or more runs of the same thing. */
export function summarise(...samples) {
  const latencies = histogram();
  for (const sample of samples) latencies.add(sample.latencies);
  const count = samples.reduce((sum, sample) => sum + sample.count, 0);
  const seconds = samples.reduce((sum, sample) => sum + sample.seconds, 0);
  return {
    count,
    errors: samples.reduce((sum, sample) => sum + sample.errors, 0),
    seconds,
    perSecond: count / seconds,
    p50: latencies.getValueAtPercentile(50) / 1000,
    p95: latencies.getValueAtPercentile(95) / 1000,
    firstError: samples.find((sample) => sample.firstError)?.firstError ?? null,
  };
}

function withoutEmptyHeaders(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined && value !== ''));
}

/**
 * Runs `rounds` rounds of `steps` through the app on each of `connections` keep-alive connections.
 * Each step is { name, build(context) → request, check(response, context) → problem or null }; a
 * round runs the steps in order with a fresh context. `measure` names the steps whose latencies
 * count (all by default). A response that fails its check counts as an error.
 *
 * autocannon builds each connection's first request up front into one object that all connections
 * share, so they would all send the last one built. The first round of every connection therefore
 * sends `opening` (a harmless page visit) for each step, and is neither checked nor measured.
 */
export function loadApp({ origin, connections, rounds, steps, measure, opening }) {
  const latencies = histogram();
  const counted = new Set(measure ?? steps.map((step) => step.name));
  let errors = 0;
  let firstError = null;
  let lastStep = null;
  let measuredCount = 0;

  const fail = (problem) => {
    errors += 1;
    firstError ??= problem;
  };

  let constructing = true;
  const requests = steps.map((step) => ({
    setupRequest: (defaults, context) => {
      if (constructing) context.opening = true;
      const request = context.opening ? opening : step.build(context);
      return { ...defaults, ...request, headers: withoutEmptyHeaders(request.headers) };
    },
    onResponse: (status, body, context, rawHeaders) => {
      lastStep = context.opening ? 'opening' : step.name;
      if (context.opening) return;
      const headers = Object.fromEntries(Object.entries(rawHeaders).map(([name, value]) => [name.toLowerCase(), value]));
      try {
        const problem = step.check({ status, body, headers }, context);
        if (problem) fail(`${step.name}: ${problem}`);
      } catch (error) {
        fail(`${step.name}: ${error.message}`);
      }
    },
  }));
  const amount = (rounds + 1) * steps.length * connections;

  return new Promise((resolve, reject) => {
    const started = performance.now();
    const instance = autocannon(
      { url: origin, connections, amount, requests, timeout: 60, excludeErrorStats: false },
      (error, result) => {
        if (error) return reject(error);
        const transportErrors = result.errors + result.timeouts;
        if (transportErrors > 0) fail(`${transportErrors} connection errors or timeouts`);
        resolve({ latencies, count: measuredCount, errors, seconds: (performance.now() - started) / 1000, firstError });
      },
    );
    constructing = false;
    // autocannon calls onResponse and then emits 'response' for the same response, in one go.
    instance.on('response', (_client, _status, _bytes, milliseconds) => {
      if (!counted.has(lastStep)) return;
      measuredCount += 1;
      latencies.recordValue(Math.max(1, Math.round(milliseconds * 1000)));
    });
  });
}

/**
 * Calls `call(index)` `amount` times with `concurrency` calls in flight, each call timed alone.
 * `call` may make several SDK calls; a thrown error counts as an error.
 */
export async function loadSdk({ concurrency, amount, call }) {
  const latencies = histogram();
  let errors = 0;
  let firstError = null;
  let next = 0;
  const started = performance.now();

  async function worker() {
    while (next < amount) {
      const index = next++;
      const start = performance.now();
      try {
        await call(index);
        latencies.recordValue(Math.max(1, Math.round((performance.now() - start) * 1000)));
      } catch (error) {
        errors += 1;
        firstError ??= `${error.name}: ${error.message}`;
      }
    }
  }

  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, count: amount - errors, errors, seconds: (performance.now() - started) / 1000, firstError };
}
