-- The title of each public page, as the public site last rendered it in Bahasa Indonesia, so that the monthly
-- report and the traffic statistics name the most-visited pages by title rather than by path.
CREATE TABLE page_title (
    path    VARCHAR(500) NOT NULL PRIMARY KEY,
    title   VARCHAR(300) NOT NULL,
    seen_on DATE NOT NULL
);
