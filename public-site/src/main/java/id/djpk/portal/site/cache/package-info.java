/**
 * The rendered-page cache: complete GET responses of pages, feeds and public APIs kept in memory
 * and served without touching Faces or the database, emptied as soon as the published content
 * changes (see {@code publication.ContentSync}). This is what lets the site answer close to the
 * speed of static files.
 */
package id.djpk.portal.site.cache;
