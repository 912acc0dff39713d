// Small terminal drawing helpers: progress bars and colour that can be switched off.
import pc from 'picocolors';

export type Colors = ReturnType<typeof pc.createColors>;

export function colors(enabled: boolean): Colors {
  return pc.createColors(enabled);
}

/** A fixed-width bar: "███████░░░░░" for a fraction 0..1. */
export function bar(fraction: number, width: number): string {
  const f = Math.max(0, Math.min(1, Number.isFinite(fraction) ? fraction : 0));
  const eighths = Math.round(f * width * 8);
  const full = Math.floor(eighths / 8);
  const part = eighths % 8;
  const partial = part ? '▏▎▍▌▋▊▉'[part - 1]! : '';
  return '█'.repeat(full) + partial + '░'.repeat(Math.max(0, width - full - (partial ? 1 : 0)));
}

/** Pads or cuts a string to a display width (no East Asian width rules; good enough for titles). */
export function fit(s: string, width: number): string {
  const chars = [...s];
  if (chars.length <= width) return s + ' '.repeat(width - chars.length);
  return chars.slice(0, Math.max(0, width - 1)).join('') + '…';
}

export function hours(h: number): string {
  if (!Number.isFinite(h)) return '∞';
  if (h < 1 && h > 0) return `${Math.round(h * 60)}m`;
  return `${Math.round(h * 10) / 10}h`;
}
