-- Reference exchange rates (issue 24): the newest monthly average of each currency against the US dollar, and where
-- they come from. Additive only. The rows are (re)loaded from src/main/resources/catalog/rates.json by the repeatable
-- migration db.migration.R__Rates, as the catalog is by R__Catalog. A rate converts for display and totals only: the
-- catalog's amounts stay as published.

CREATE TABLE exchange_rates (
    currency    CHAR(3)        NOT NULL,
    per_usd     DECIMAL(18, 6) NOT NULL,
    period      VARCHAR(7)     NOT NULL,
    kind        VARCHAR(40)    NOT NULL,
    CONSTRAINT pk_exchange_rates PRIMARY KEY (currency),
    CONSTRAINT ck_exchange_rates_currency CHECK (REGEXP_LIKE(currency, '^[A-Z]{3}$') AND currency <> 'USD'),
    CONSTRAINT ck_exchange_rates_per_usd CHECK (per_usd > 0),
    CONSTRAINT ck_exchange_rates_period CHECK (REGEXP_LIKE(period, '^[0-9]{4}-(0[1-9]|1[0-2])$'))
);

-- One row: who publishes the rates, who republished them, when they were taken (the date /changes gives them).
CREATE TABLE exchange_rate_sources (
    id              INTEGER        NOT NULL,
    title           VARCHAR(500)   NOT NULL,
    publisher       VARCHAR(200)   NOT NULL,
    url             VARCHAR(500)   NOT NULL,
    via             VARCHAR(500),
    republished_by  VARCHAR(500),
    republished_url VARCHAR(500),
    retrieved       DATE           NOT NULL,
    summary         VARCHAR(1000)  NOT NULL,
    CONSTRAINT pk_exchange_rate_sources PRIMARY KEY (id),
    CONSTRAINT ck_exchange_rate_sources_one CHECK (id = 1)
);
