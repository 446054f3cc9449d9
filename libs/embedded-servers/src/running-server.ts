export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}
