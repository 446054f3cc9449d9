/** A linear scale from [min, max] onto [from, to], with round tick values. */
export interface Scale {
  at: (value: number) => number;
  ticks: number[];
}

function niceStep(span: number, count: number): number {
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw);
  return step ?? 10 * magnitude;
}

/** Always includes 0, so that bars start from it and a negative gap reads as a surplus. */
export function linearScale(values: number[], from: number, to: number, tickCount = 5): Scale {
  const low = Math.min(0, ...values);
  const high = Math.max(1, ...values);
  const step = Math.max(1, niceStep(high - low, tickCount));
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let tick = min; tick <= max; tick += step) ticks.push(tick);
  return { at: (value) => from + ((value - min) / (max - min)) * (to - from), ticks };
}

/** Long labels are cut in the picture: the table beside it carries them whole. */
export function shorten(label: string, max = 30): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}
