export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'not-feed' | 'too-large';

const MESSAGES: Record<Exclude<FeedErrorKind, 'http'>, string> = {
  network: 'The feed could not be reached. Check your connection and try again.',
  timeout: 'The feed took too long to answer. Try again in a moment.',
  'not-json': 'The feed is not valid JSON.',
  'not-feed': 'This address does not serve a JSON Feed.',
  'too-large': 'The feed is too large to read.',
};

function messageFor(kind: FeedErrorKind, status?: number): string {
  if (kind !== 'http') return MESSAGES[kind];
  return status === undefined
    ? 'The feed answered with an error.'
    : `The feed answered with an error (HTTP ${status}).`;
}

/** Why a feed page could not be read, in words a reader can act on. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly kind: FeedErrorKind;
  readonly status?: number;
  /** The page URL that failed. */
  readonly url: string;

  constructor(
    kind: FeedErrorKind,
    url: string,
    options: { status?: number; cause?: unknown } = {},
  ) {
    super(messageFor(kind, options.status), { cause: options.cause });
    this.kind = kind;
    this.url = url;
    if (options.status !== undefined) this.status = options.status;
  }

  /** Worth retrying: the same request may well succeed a moment later. */
  get transient(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    if (this.kind !== 'http' || this.status === undefined) return false;
    return this.status >= 500 || this.status === 408 || this.status === 429;
  }
}
