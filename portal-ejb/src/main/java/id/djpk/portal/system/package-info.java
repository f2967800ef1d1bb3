/**
 * What every capability stands on: the data source, schema migration, configuration, clock and
 * the business-exception type whose message keys the web modules translate.
 */
package id.djpk.portal.system;
