import type { ReactNode } from 'react';
import type { Role, SessionUserFragment } from './api/generated';
import type { MessageKey } from './i18n/messages-it';

interface RouteBase {
  /** A path pattern; `:name` segments arrive in `params`. */
  path: string;
  /** The label of the main-menu link to this page, for the roles that may open it. */
  nav?: MessageKey;
}

/** A page anyone may open, signed in or not. */
export interface PublicRoute extends RouteBase {
  roles?: undefined;
  render: (params: Record<string, string>) => ReactNode;
}

/** A page behind sign-in, for the listed roles only. */
export interface ReservedRoute extends RouteBase {
  roles: readonly Role[];
  render: (user: SessionUserFragment, params: Record<string, string>) => ReactNode;
}

export type PortalRoute = PublicRoute | ReservedRoute;
