/** What an access token says; scope is re-read from the database on every request. */
export interface AccessTokenClaims {
  sub: string;
  /** The user's token version when signed: a newer version (logout, disabling) voids it. */
  ver: number;
  /** Whether this session passed a second factor. */
  mfa: boolean;
}
