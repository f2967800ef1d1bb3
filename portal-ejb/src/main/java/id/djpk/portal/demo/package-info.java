/**
 * Demo data for a first start: the publications and events of the office's own monthly reports
 * and one staff account per role. Loaded once; a restart keeps whatever was changed since.
 */
package id.djpk.portal.demo;
