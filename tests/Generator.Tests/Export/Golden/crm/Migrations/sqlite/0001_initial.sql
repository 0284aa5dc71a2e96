-- api-studio migration 0001_initial
-- Provider: sqlite. Initial schema.
-- One transaction, recorded in __api_migrations by its id: apply the whole file once, outside any transaction.

BEGIN;
CREATE TABLE IF NOT EXISTS "__api_migrations" ("id" text NOT NULL PRIMARY KEY, "applied_at" text NOT NULL);
-- Recorded first: a second run stops here, before any change.
INSERT INTO "__api_migrations" ("id", "applied_at") VALUES ('0001_initial', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- 1. Create table companies with its 5 columns and the audit columns; primary key id
CREATE TABLE "companies" (
    "id" TEXT NOT NULL CONSTRAINT "PK_companies" PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "domain" TEXT NULL,
    "website" TEXT NULL,
    "createdAt" TEXT NOT NULL,
    "createdBy" TEXT NULL,
    "modifiedAt" TEXT NOT NULL,
    "modifiedBy" TEXT NULL
);

-- 2. Create table contacts with its 9 columns, the audit and the soft-delete columns; primary key id
CREATE TABLE "contacts" (
    "id" TEXT NOT NULL CONSTRAINT "PK_contacts" PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "companyId" TEXT NULL,
    "accountManagerId" TEXT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT NULL,
    "phone" TEXT NULL,
    "status" TEXT NOT NULL,
    "createdAt" TEXT NOT NULL,
    "createdBy" TEXT NULL,
    "modifiedAt" TEXT NOT NULL,
    "modifiedBy" TEXT NULL,
    "deletedAt" TEXT NULL,
    "deletedBy" TEXT NULL
);

-- 3. Create unique index ux_contacts_email on contacts (organizationId, email)
CREATE UNIQUE INDEX "ux_contacts_email" ON "contacts" ("organizationId", "email");

-- 4. Create table deals with its 6 columns and the audit columns; primary key id
CREATE TABLE "deals" (
    "id" TEXT NOT NULL CONSTRAINT "PK_deals" PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "amount" REAL NOT NULL,
    "stage" TEXT NOT NULL,
    "createdAt" TEXT NOT NULL,
    "createdBy" TEXT NULL,
    "modifiedAt" TEXT NOT NULL,
    "modifiedBy" TEXT NULL
);

-- 5. Create table notes with its 5 columns, the audit and the soft-delete columns; primary key id
CREATE TABLE "notes" (
    "id" TEXT NOT NULL CONSTRAINT "PK_notes" PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TEXT NOT NULL,
    "createdBy" TEXT NULL,
    "modifiedAt" TEXT NOT NULL,
    "modifiedBy" TEXT NULL,
    "deletedAt" TEXT NULL,
    "deletedBy" TEXT NULL
);

-- Runtime: the authentication tables (users, organizations, memberships, sessions, API keys).
CREATE TABLE "auth_users" (
    "id" TEXT NOT NULL CONSTRAINT "PK_auth_users" PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NULL,
    "password_hash" TEXT NOT NULL,
    "created_at" TEXT NOT NULL
);
CREATE TABLE "auth_organizations" (
    "id" TEXT NOT NULL CONSTRAINT "PK_auth_organizations" PRIMARY KEY,
    "name" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    CONSTRAINT "FK_auth_organizations_auth_users_created_by" FOREIGN KEY ("created_by") REFERENCES "auth_users" ("id") ON DELETE RESTRICT
);
CREATE TABLE "auth_sessions" (
    "id" TEXT NOT NULL CONSTRAINT "PK_auth_sessions" PRIMARY KEY,
    "chain_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "active_organization_id" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "expires_at" TEXT NOT NULL,
    "used_at" TEXT NULL,
    "revoked_at" TEXT NULL,
    CONSTRAINT "FK_auth_sessions_auth_users_user_id" FOREIGN KEY ("user_id") REFERENCES "auth_users" ("id") ON DELETE CASCADE
);
CREATE TABLE "auth_api_keys" (
    "id" TEXT NOT NULL CONSTRAINT "PK_auth_api_keys" PRIMARY KEY,
    "organization_id" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "display_prefix" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "scopes" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "expires_at" TEXT NULL,
    "revoked_at" TEXT NULL,
    "created_at" TEXT NOT NULL,
    CONSTRAINT "FK_auth_api_keys_auth_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "auth_organizations" ("id") ON DELETE CASCADE,
    CONSTRAINT "FK_auth_api_keys_auth_users_created_by" FOREIGN KEY ("created_by") REFERENCES "auth_users" ("id") ON DELETE RESTRICT
);
CREATE TABLE "auth_memberships" (
    "id" TEXT NOT NULL CONSTRAINT "PK_auth_memberships" PRIMARY KEY,
    "organization_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    CONSTRAINT "FK_auth_memberships_auth_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "auth_organizations" ("id") ON DELETE CASCADE,
    CONSTRAINT "FK_auth_memberships_auth_users_user_id" FOREIGN KEY ("user_id") REFERENCES "auth_users" ("id") ON DELETE CASCADE
);
CREATE INDEX "IX_auth_api_keys_created_by" ON "auth_api_keys" ("created_by");
CREATE UNIQUE INDEX "IX_auth_api_keys_key_hash" ON "auth_api_keys" ("key_hash");
CREATE INDEX "IX_auth_api_keys_organization_id" ON "auth_api_keys" ("organization_id");
CREATE UNIQUE INDEX "IX_auth_memberships_organization_id_user_id" ON "auth_memberships" ("organization_id", "user_id");
CREATE INDEX "IX_auth_memberships_user_id" ON "auth_memberships" ("user_id");
CREATE INDEX "IX_auth_organizations_created_by" ON "auth_organizations" ("created_by");
CREATE INDEX "IX_auth_sessions_chain_id" ON "auth_sessions" ("chain_id");
CREATE UNIQUE INDEX "IX_auth_sessions_token_hash" ON "auth_sessions" ("token_hash");
CREATE INDEX "IX_auth_sessions_user_id" ON "auth_sessions" ("user_id");
CREATE UNIQUE INDEX "IX_auth_users_email" ON "auth_users" ("email");

COMMIT;
