-- Consultants' and admins' accounts. Respondents have none: their private token is their key.
CREATE TABLE account (
    id            UUID                     PRIMARY KEY,
    username      VARCHAR(100)             NOT NULL,
    password_hash VARCHAR(100)             NOT NULL,
    role          VARCHAR(16)              NOT NULL,
    enabled       BOOLEAN                  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version   BIGINT                   NOT NULL,
    CONSTRAINT account_username_unique UNIQUE (username),
    CONSTRAINT account_role_check CHECK (role IN ('CONSULTANT', 'ADMIN'))
);
