import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * The portal's policy: scripts, styles and fonts only from the app's own files (no inline
 * script or style, so an injected tag does nothing), images also as data: URIs (Bootstrap
 * Italia's icons, the TOTP QR code), and no page of ours inside another site's frame.
 */
const PORTAL_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    // Bootstrap Italia's stylesheet embeds one icon font as a data: URI.
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

// Apollo's landing page (outside production) brings its own policy, with a nonce for its
// scripts, in a meta tag: a second policy in the header would block it.
const OWN_POLICY_PATHS = /^\/graphql(\/|$)/;

/** Security headers for every response, the portal's and the API's. */
export function securityHeaders(): RequestHandler {
  const common = helmet({
    contentSecurityPolicy: false,
    xFrameOptions: { action: 'deny' },
    // Invitation links carry their one-time token in the address: no Referer may repeat it.
    referrerPolicy: { policy: 'no-referrer' },
  });
  const policy = helmet.contentSecurityPolicy(PORTAL_POLICY);
  return (request: Request, response: Response, next: NextFunction) => {
    common(request, response, (error?: unknown) => {
      if (error !== undefined || OWN_POLICY_PATHS.test(request.path)) return next(error);
      policy(request, response, next);
    });
  };
}
