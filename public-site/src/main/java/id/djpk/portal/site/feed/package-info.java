/**
 * Machine-readable views for readers' tools and search engines: the Atom feed of new publications,
 * the sitemap and robots.txt. Absolute addresses come from {@code portal.public.base-url}.
 */
package id.djpk.portal.site.feed;
