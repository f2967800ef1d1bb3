-- The holiday list's revision: every change of holidays writes a new value in the same transaction.
-- Each WAR (and each public-site instance) caches its working-day calendar and reloads it when the value
-- it read differs; the row exists from the start so that concurrent first changes cannot collide on insert.
INSERT INTO app_setting (setting_key, setting_value) VALUES ('calendar.revision', 'initial');
