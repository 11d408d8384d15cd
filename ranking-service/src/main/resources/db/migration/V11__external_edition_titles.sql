-- The title a year of an external index is shown under when the importer gave one (e.g. to say the figures are
-- illustrative); without a row the title is "<index> <year>".
CREATE TABLE external_edition (
    index_code  varchar(10)  NOT NULL,
    year        integer      NOT NULL,
    title       text         NOT NULL,
    PRIMARY KEY (index_code, year)
);
