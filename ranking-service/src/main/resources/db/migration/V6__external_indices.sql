-- Results of indices computed outside the platform (PAPI, PCI), imported per year from CSV or XLSX.
CREATE TABLE external_score (
    index_code  varchar(10)   NOT NULL,
    year        integer       NOT NULL,
    unit_code   varchar(40)   NOT NULL,
    unit_name   text          NOT NULL,
    total       numeric(12,4) NOT NULL,
    max_points  numeric(12,4) NOT NULL,
    components  jsonb         NOT NULL,
    imported_at timestamptz   NOT NULL,
    imported_by varchar(200)  NOT NULL,
    PRIMARY KEY (index_code, year, unit_code)
);
