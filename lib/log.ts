type Level = 'info' | 'warn' | 'error';

const SECRET_KEY = /pass(word)?|secret|code|token|session|authorization|cookie/i;
const REDACTED = '[redacted]';

/**
 * Copies a value for logging with every field whose name suggests a secret replaced.
 * Errors keep only their name and message: SDK errors carry the request, which may hold secrets.
 */
export function redact(value: unknown, depth = 0): unknown {
  if (value instanceof Error) {
    return { name: value.name, message: value.message };
  }
  if (depth > 4 || value === null || typeof value !== 'object') {
    return value;
  }
  if (Array.isArray(value)) {
    return value.map((item) => redact(item, depth + 1));
  }

  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    copy[key] = SECRET_KEY.test(key) ? REDACTED : redact(field, depth + 1);
  }
  return copy;
}

function write(level: Level, label: string, event: string, details?: Record<string, unknown>) {
  const line = JSON.stringify({
    time: new Date().toISOString(),
    level,
    label,
    event,
    ...(details ? (redact(details) as Record<string, unknown>) : {}),
  });
  if (level === 'error' || level === 'warn') {
    console.error(line);
  } else {
    console.log(line);
  }
}

export function logger(label: string) {
  return {
    info: (event: string, details?: Record<string, unknown>) => write('info', label, event, details),
    warn: (event: string, details?: Record<string, unknown>) => write('warn', label, event, details),
    error: (event: string, details?: Record<string, unknown>) => write('error', label, event, details),
  };
}
