/**
 * Statistics and number formats shared by every benchmark script (scripts/bench*.mjs): one
 * definition of median and percentile, so figures from different scripts mean the same thing.
 */
import { cpus, loadavg, totalmem } from 'node:os';

/** The middle value (the mean of the two middle values for an even count); undefined for no values. */
export function median(values) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The nearest-rank percentile, p from 0 to 100: the smallest value with at least p% of values at or below it. */
export function percentile(values, p) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const ms = (value, digits = 0) => `${value.toFixed(digits)} ms`;
export const seconds = (milliseconds) => `${(milliseconds / 1000).toFixed(1)} s`;

/** The machine a figure was measured on, with its load: every benchmark records it beside its figures. */
export function machineLine(now = new Date()) {
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
  return `Measured ${now.toISOString().slice(0, 10)} on ${cpus().length} CPU cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${load} (1 / 5 / 15 min).`;
}
