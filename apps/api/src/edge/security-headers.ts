import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every response: the API, /health, the dashboard and its assets.
 *
 * The dashboard is a Vite build served from this origin, so everything it loads is 'self'.
 * Styles need 'unsafe-inline': Mantine writes its CSS variables into a <style> element and
 * sets style attributes on components (so do the charts). Scripts stay 'self' only, which is
 * what protects against injected markup.
 */
export function securityHeaders(options: { production: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        // Nobody may frame Hearth (clickjacking); X-Frame-Options below says the same to
        // browsers that ignore CSP.
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Only behind HTTPS: on http://localhost it would send the browser to a port
        // that does not speak TLS.
        upgradeInsecureRequests: options.production ? [] : null,
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // HSTS only in production, where PUBLIC_URL is https: on a developer's http://localhost
    // it would be ignored at best and pin the host to HTTPS at worst.
    strictTransportSecurity: options.production
      ? { maxAge: 31_536_000, includeSubDomains: true }
      : false,
    // The API and the dashboard are one origin; nothing here is meant to be embedded
    // elsewhere.
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}
