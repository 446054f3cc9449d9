import { completeInput, randomCodiceFiscale } from '../candidates/operations';

/** An answer that takes longer is a hang: the API must answer, even if only to say it cannot. */
export const REQUEST_TIMEOUT_MS = 10_000;
/**
 * A client's pause after a refused write: a server that is down answers at once, and clients
 * that never paused would spin on the two cores the processes under test need.
 */
const PAUSE_AFTER_REFUSAL_MS = 25;

const CREATE = 'mutation ($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }';

export interface Answer {
  at: number;
  ms: number;
  /** HTTP status, or what happened instead of an answer. */
  status: number | 'network' | 'timeout';
  codes: string[];
  /** A stack trace, SQL or a driver's message in the body: never for a client. */
  leaks: boolean;
}

export interface LoadTarget {
  port: number;
  token: string;
}

/**
 * Profiles written over /graphql by a few clients, as operators would, until stopped. A write
 * is acknowledged when the API answered 200 with its id and no error: only those must survive.
 */
export class WriteLoad {
  readonly acknowledged: string[] = [];
  readonly answers: Answer[] = [];
  private running = true;
  private readonly clients: Promise<void>[];

  constructor(
    private readonly target: () => LoadTarget,
    clients: number,
  ) {
    this.clients = Array.from({ length: clients }, () => this.client());
  }

  async until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`the write load did not reach its condition in ${timeoutMs} ms: ${JSON.stringify(this.summary())}`);
      await new Promise((next) => setTimeout(next, 10));
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.clients);
  }

  answeredSince(at: number): Answer[] {
    return this.answers.filter((answer) => answer.at >= at);
  }

  summary(): Record<string, number> {
    const counts: Record<string, number> = { acknowledged: this.acknowledged.length };
    for (const answer of this.answers) {
      const key = `${answer.status}${answer.codes.length ? ` ${answer.codes.join('+')}` : ''}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }

  private async client(): Promise<void> {
    while (this.running) {
      if (!(await this.write())) await new Promise((next) => setTimeout(next, PAUSE_AFTER_REFUSAL_MS));
    }
  }

  private async write(): Promise<boolean> {
    const { port, token } = this.target();
    const at = Date.now();
    const answer: Answer = { at, ms: 0, status: 'network', codes: [], leaks: false };
    let id: string | undefined;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: CREATE, variables: { input: completeInput(randomCodiceFiscale(), { residenceComuneCode: 'BOLOGNA' }) } }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      answer.status = response.status;
      const text = await response.text();
      answer.leaks = /stacktrace|\n\s+at |ECONNREFUSED|terminating connection|SELECT |INSERT /.test(text);
      const body = JSON.parse(text) as { data?: { createCandidate?: { id: string } | null }; errors?: { extensions?: { code?: string } }[] };
      answer.codes = (body.errors ?? []).map((error) => error.extensions?.code ?? 'NO_CODE');
      if (response.status === 200 && !body.errors && body.data?.createCandidate) id = body.data.createCandidate.id;
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError') answer.status = 'timeout';
      else if (typeof answer.status === 'number') answer.codes = ['NOT_JSON'];
    }
    answer.ms = Date.now() - at;
    this.answers.push(answer);
    if (id) this.acknowledged.push(id);
    return id !== undefined;
  }
}
