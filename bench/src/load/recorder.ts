import type { LoadKind } from './mix';

export interface KindFigures {
  kind: LoadKind | 'all';
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Answered with another status than 200. */
  non2xx: number;
  /** Answered 200 with `errors`: no request of the mix expects one. */
  graphqlErrors: number;
}

export interface ErrorCount {
  kind: LoadKind;
  code: string;
  count: number;
  example: string;
}

interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: { message?: string; extensions?: { code?: string; reason?: string } }[];
}

/** Latencies and outcomes per kind of request, as the load generator saw them. */
export class LoadRecorder {
  private readonly latencies = new Map<LoadKind, number[]>();
  private readonly non2xx = new Map<LoadKind, number>();
  private readonly graphqlErrors = new Map<LoadKind, number>();
  private readonly errors = new Map<string, ErrorCount>();

  /** The answer's data when it is a success, else null (and the failure is counted). */
  record(kind: LoadKind, milliseconds: number, status: number, body: string): Record<string, unknown> | null {
    const samples = this.latencies.get(kind) ?? [];
    samples.push(milliseconds);
    this.latencies.set(kind, samples);
    if (status !== 200) {
      this.non2xx.set(kind, (this.non2xx.get(kind) ?? 0) + 1);
      this.countError(kind, `HTTP ${status}`, body.slice(0, 200));
      return null;
    }
    let parsed: GraphqlBody;
    try {
      parsed = JSON.parse(body) as GraphqlBody;
    } catch {
      parsed = { errors: [{ message: body.slice(0, 200), extensions: { code: 'NOT_JSON' } }] };
    }
    const first = parsed.errors?.[0];
    if (first || !parsed.data) {
      this.graphqlErrors.set(kind, (this.graphqlErrors.get(kind) ?? 0) + 1);
      this.countError(kind, [first?.extensions?.code ?? 'NO_DATA', first?.extensions?.reason].filter(Boolean).join(' '), first?.message ?? '');
      return null;
    }
    return parsed.data;
  }

  summary(seconds: number): KindFigures[] {
    const kinds = [...this.latencies.keys()].sort();
    const all = kinds.flatMap((kind) => this.latencies.get(kind) ?? []);
    const sum = (counts: Map<LoadKind, number>): number => [...counts.values()].reduce((a, b) => a + b, 0);
    return [
      ...kinds.map((kind) => figures(kind, this.latencies.get(kind) ?? [], seconds, this.non2xx.get(kind) ?? 0, this.graphqlErrors.get(kind) ?? 0)),
      figures('all', all, seconds, sum(this.non2xx), sum(this.graphqlErrors)),
    ];
  }

  errorCounts(): ErrorCount[] {
    return [...this.errors.values()].sort((a, b) => b.count - a.count);
  }

  total(): number {
    return [...this.latencies.values()].reduce((sum, samples) => sum + samples.length, 0);
  }

  private countError(kind: LoadKind, code: string, example: string): void {
    const key = `${kind} ${code}`;
    const known = this.errors.get(key);
    if (known) known.count += 1;
    else this.errors.set(key, { kind, code, count: 1, example });
  }
}

function figures(kind: LoadKind | 'all', samples: number[], seconds: number, non2xx: number, graphqlErrors: number): KindFigures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { kind, requests: sorted.length, perSecond: sorted.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), non2xx, graphqlErrors };
}
