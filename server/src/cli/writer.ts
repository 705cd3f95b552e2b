/**
 * Writes to a stream (stdout) in chunks of about CHUNK characters and waits for 'drain' when the stream's
 * buffer is full: a consumer slower than the linter (a pipe, a terminal) never makes output pile up in
 * memory. A closed consumer (`| head`: EPIPE) ends the output quietly; the rest is not written.
 */
export class OutputWriter {
  private pending: string[] = [];
  private size = 0;
  private closed = false;
  private waiting: Promise<void> | undefined;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly chunk = 1 << 16,
  ) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      this.closed = true;
    });
  }

  /** A promise to await before writing more, when the stream is full; otherwise undefined. */
  write(text: string): Promise<void> | undefined {
    if (this.closed) return undefined;
    this.pending.push(text);
    this.size += text.length;
    return this.size >= this.chunk ? this.flush() : undefined;
  }

  /** Writes what is pending; resolves once the stream can take more. */
  flush(): Promise<void> | undefined {
    if (this.closed || this.size === 0) return this.waiting;
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (this.stream.write(text)) return undefined;
    this.waiting ??= new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        this.waiting = undefined;
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
    });
    return this.waiting;
  }

  /** Everything written and handed to the operating system (or the consumer gone). */
  async end(): Promise<void> {
    await this.flush();
    if (this.closed) return;
    await new Promise<void>((resolve) => this.stream.write('', () => resolve()));
  }
}
