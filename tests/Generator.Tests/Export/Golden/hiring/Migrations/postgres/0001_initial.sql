-- api-studio migration 0001_initial
-- Provider: postgres. Initial schema.
-- One transaction, recorded in __api_migrations by its id: apply the whole file once, outside any transaction.

BEGIN;
CREATE TABLE IF NOT EXISTS __api_migrations (id text NOT NULL PRIMARY KEY, applied_at text NOT NULL);
-- Recorded first: a second run stops here, before any change.
INSERT INTO __api_migrations (id, applied_at) VALUES ('0001_initial', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));

-- 1. Create table postings with its 5 columns and the audit columns; primary key id
CREATE TABLE postings (
    id uuid NOT NULL,
    title character varying(200) NOT NULL,
    location text,
    remote boolean NOT NULL,
    "publishedAt" timestamp with time zone,
    "createdAt" timestamp with time zone NOT NULL,
    "createdBy" text,
    "modifiedAt" timestamp with time zone NOT NULL,
    "modifiedBy" text,
    CONSTRAINT "PK_postings" PRIMARY KEY (id)
);

-- 2. Create table jobs with its 8 columns and the audit columns; primary key id
CREATE TABLE jobs (
    id uuid NOT NULL,
    "orgId" uuid NOT NULL,
    title character varying(200) NOT NULL,
    department text,
    headcount bigint NOT NULL,
    "salaryMax" double precision,
    status text NOT NULL,
    details text,
    "createdAt" timestamp with time zone NOT NULL,
    "createdBy" text,
    "modifiedAt" timestamp with time zone NOT NULL,
    "modifiedBy" text,
    CONSTRAINT "PK_jobs" PRIMARY KEY (id)
);

-- 3. Create table candidates with its 11 columns, the audit and the soft-delete columns; primary key id
CREATE TABLE candidates (
    id uuid NOT NULL,
    "tenantId" text NOT NULL,
    "recruiterId" text,
    "fullName" character varying(200) NOT NULL,
    email text NOT NULL,
    phone text,
    ssn character varying(11),
    "passportNumber" character varying(20),
    portfolio text,
    source text NOT NULL,
    "birthDate" text,
    "createdAt" timestamp with time zone NOT NULL,
    "createdBy" text,
    "modifiedAt" timestamp with time zone NOT NULL,
    "modifiedBy" text,
    "deletedAt" timestamp with time zone,
    "deletedBy" text,
    CONSTRAINT "PK_candidates" PRIMARY KEY (id)
);

-- 4. Create unique index ux_candidates_email on candidates (tenantId, email)
CREATE UNIQUE INDEX ux_candidates_email ON candidates ("tenantId", email);

-- 5. Create table applications with its 7 columns and the audit columns; primary key id
CREATE TABLE applications (
    id uuid NOT NULL,
    "organizationId" uuid NOT NULL,
    "candidateId" uuid NOT NULL,
    "jobId" uuid NOT NULL,
    stage text NOT NULL,
    score bigint,
    "appliedAt" timestamp with time zone NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "createdBy" text,
    "modifiedAt" timestamp with time zone NOT NULL,
    "modifiedBy" text,
    CONSTRAINT "PK_applications" PRIMARY KEY (id)
);

-- 6. Create table interviews with its 7 columns and the audit columns; primary key id
CREATE TABLE interviews (
    id uuid NOT NULL,
    "organizationId" uuid NOT NULL,
    "ownerId" text NOT NULL,
    "applicationId" uuid NOT NULL,
    "scheduledAt" timestamp with time zone NOT NULL,
    feedback character varying(5000),
    rating bigint,
    "createdAt" timestamp with time zone NOT NULL,
    "createdBy" text,
    "modifiedAt" timestamp with time zone NOT NULL,
    "modifiedBy" text,
    CONSTRAINT "PK_interviews" PRIMARY KEY (id)
);

-- 7. Create table reimbursements with its 8 columns and the audit columns; primary key id
CREATE TABLE reimbursements (
    id uuid NOT NULL,
    "organizationId" uuid NOT NULL,
    "ownerId" text NOT NULL,
    "candidateId" uuid NOT NULL,
    amount double precision NOT NULL,
    "cardNumber" text,
    iban text,
    approved boolean NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "createdBy" text,
    "modifiedAt" timestamp with time zone NOT NULL,
    "modifiedBy" text,
    CONSTRAINT "PK_reimbursements" PRIMARY KEY (id)
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
