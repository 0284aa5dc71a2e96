-- api-studio migration 0001_initial
-- Provider: postgres. Initial schema.
-- One transaction, recorded in __api_migrations by its id: apply the whole file once, outside any transaction.

BEGIN;
CREATE TABLE IF NOT EXISTS __api_migrations (id text NOT NULL PRIMARY KEY, applied_at text NOT NULL);
-- Recorded first: a second run stops here, before any change.
INSERT INTO __api_migrations (id, applied_at) VALUES ('0001_initial', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));

-- 1. Create table companies with its 5 columns and the audit columns; primary key id
CREATE TABLE companies (
    id uuid NOT NULL,
    "organizationId" uuid NOT NULL,
    name character varying(200) NOT NULL,
    domain character varying(253),
    website text,
    "createdAt" timestamp with time zone NOT NULL,
    "createdBy" text,
    "modifiedAt" timestamp with time zone NOT NULL,
    "modifiedBy" text,
    CONSTRAINT "PK_companies" PRIMARY KEY (id)
);

-- 2. Create table contacts with its 9 columns, the audit and the soft-delete columns; primary key id
CREATE TABLE contacts (
    id uuid NOT NULL,
    "organizationId" uuid NOT NULL,
    "companyId" uuid,
    "accountManagerId" text,
    "firstName" character varying(100) NOT NULL,
    "lastName" character varying(100) NOT NULL,
    email character varying(320),
    phone character varying(32),
    status text NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "createdBy" text,
    "modifiedAt" timestamp with time zone NOT NULL,
    "modifiedBy" text,
    "deletedAt" timestamp with time zone,
    "deletedBy" text,
    CONSTRAINT "PK_contacts" PRIMARY KEY (id)
);

-- 3. Create unique index ux_contacts_email on contacts (organizationId, email)
CREATE UNIQUE INDEX ux_contacts_email ON contacts ("organizationId", email);

-- 4. Create table deals with its 6 columns and the audit columns; primary key id
CREATE TABLE deals (
    id uuid NOT NULL,
    "organizationId" uuid NOT NULL,
    "contactId" uuid NOT NULL,
    title character varying(200) NOT NULL,
    amount double precision NOT NULL,
    stage text NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "createdBy" text,
    "modifiedAt" timestamp with time zone NOT NULL,
    "modifiedBy" text,
    CONSTRAINT "PK_deals" PRIMARY KEY (id)
);

-- 5. Create table notes with its 5 columns, the audit and the soft-delete columns; primary key id
CREATE TABLE notes (
    id uuid NOT NULL,
    "organizationId" uuid NOT NULL,
    "ownerId" text NOT NULL,
    "dealId" uuid NOT NULL,
    body character varying(10000) NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "createdBy" text,
    "modifiedAt" timestamp with time zone NOT NULL,
    "modifiedBy" text,
    "deletedAt" timestamp with time zone,
    "deletedBy" text,
    CONSTRAINT "PK_notes" PRIMARY KEY (id)
);

-- Runtime: the authentication tables (users, organizations, memberships, sessions, API keys).
CREATE TABLE auth_users (
    id character varying(36) NOT NULL,
    email character varying(254) NOT NULL,
    name character varying(200),
    password_hash text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_auth_users" PRIMARY KEY (id)
);
CREATE TABLE auth_organizations (
    id character varying(36) NOT NULL,
    name character varying(200) NOT NULL,
    created_by character varying(36) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_auth_organizations" PRIMARY KEY (id),
    CONSTRAINT "FK_auth_organizations_auth_users_created_by" FOREIGN KEY (created_by) REFERENCES auth_users (id) ON DELETE RESTRICT
);
CREATE TABLE auth_sessions (
    id character varying(36) NOT NULL,
    chain_id character varying(36) NOT NULL,
    kind character varying(16) NOT NULL,
    token_hash character varying(64) NOT NULL,
    user_id character varying(36) NOT NULL,
    active_organization_id character varying(36),
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone,
    revoked_at timestamp with time zone,
    CONSTRAINT "PK_auth_sessions" PRIMARY KEY (id),
    CONSTRAINT "FK_auth_sessions_auth_users_user_id" FOREIGN KEY (user_id) REFERENCES auth_users (id) ON DELETE CASCADE
);
CREATE TABLE auth_api_keys (
    id character varying(36) NOT NULL,
    organization_id character varying(36) NOT NULL,
    created_by character varying(36) NOT NULL,
    kind character varying(2) NOT NULL,
    display_prefix character varying(16) NOT NULL,
    key_hash character varying(64) NOT NULL,
    scopes text NOT NULL,
    environment character varying(64) NOT NULL,
    expires_at timestamp with time zone,
    revoked_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_auth_api_keys" PRIMARY KEY (id),
    CONSTRAINT "FK_auth_api_keys_auth_organizations_organization_id" FOREIGN KEY (organization_id) REFERENCES auth_organizations (id) ON DELETE CASCADE,
    CONSTRAINT "FK_auth_api_keys_auth_users_created_by" FOREIGN KEY (created_by) REFERENCES auth_users (id) ON DELETE RESTRICT
);
CREATE TABLE auth_memberships (
    id character varying(36) NOT NULL,
    organization_id character varying(36) NOT NULL,
    user_id character varying(36) NOT NULL,
    role character varying(100) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_auth_memberships" PRIMARY KEY (id),
    CONSTRAINT "FK_auth_memberships_auth_organizations_organization_id" FOREIGN KEY (organization_id) REFERENCES auth_organizations (id) ON DELETE CASCADE,
    CONSTRAINT "FK_auth_memberships_auth_users_user_id" FOREIGN KEY (user_id) REFERENCES auth_users (id) ON DELETE CASCADE
);
CREATE INDEX "IX_auth_api_keys_created_by" ON auth_api_keys (created_by);
CREATE UNIQUE INDEX "IX_auth_api_keys_key_hash" ON auth_api_keys (key_hash);
CREATE INDEX "IX_auth_api_keys_organization_id" ON auth_api_keys (organization_id);
CREATE UNIQUE INDEX "IX_auth_memberships_organization_id_user_id" ON auth_memberships (organization_id, user_id);
CREATE INDEX "IX_auth_memberships_user_id" ON auth_memberships (user_id);
CREATE INDEX "IX_auth_organizations_created_by" ON auth_organizations (created_by);
CREATE INDEX "IX_auth_sessions_chain_id" ON auth_sessions (chain_id);
CREATE UNIQUE INDEX "IX_auth_sessions_token_hash" ON auth_sessions (token_hash);
CREATE INDEX "IX_auth_sessions_user_id" ON auth_sessions (user_id);
CREATE UNIQUE INDEX "IX_auth_users_email" ON auth_users (email);

COMMIT;
