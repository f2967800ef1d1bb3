/**
 * Web plumbing shared by every page: clean addresses forwarded to the Faces views (which live under
 * {@code WEB-INF} and are not reachable by their {@code .xhtml} names), common response headers and
 * the static assets' cache-busting version.
 */
package id.djpk.portal.site.web;
