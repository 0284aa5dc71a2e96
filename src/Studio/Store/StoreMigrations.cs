namespace ApiStudio.Studio.Store;

/// <summary>
/// Every schema change of the store, oldest first. A released step is never edited: a change of the
/// model is a new step with the next version, tested against a store created by the previous ones.
/// </summary>
public static class StoreMigrations
{
    public static IReadOnlyList<StoreMigration> All { get; } =
    [
        new StoreMigration(1, "projects and revisions",
            Sqlite: """
                CREATE TABLE projects (
                    id TEXT NOT NULL CONSTRAINT pk_projects PRIMARY KEY,
                    name TEXT NOT NULL,
                    name_key TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    latest_revision INTEGER NOT NULL
                );
                CREATE UNIQUE INDEX ix_projects_name_key ON projects (name_key);
                CREATE TABLE revisions (
                    project_id TEXT NOT NULL,
                    number INTEGER NOT NULL,
                    created_at TEXT NOT NULL,
                    message TEXT NOT NULL,
                    table_count INTEGER NOT NULL,
                    definition_json TEXT NOT NULL,
                    CONSTRAINT pk_revisions PRIMARY KEY (project_id, number),
                    CONSTRAINT fk_revisions_projects FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE
                );
                """,
            Postgres: """
                CREATE TABLE projects (
                    id uuid NOT NULL CONSTRAINT pk_projects PRIMARY KEY,
                    name text NOT NULL,
                    name_key text NOT NULL,
                    created_at timestamp with time zone NOT NULL,
                    updated_at timestamp with time zone NOT NULL,
                    latest_revision integer NOT NULL
                );
                CREATE UNIQUE INDEX ix_projects_name_key ON projects (name_key);
                CREATE TABLE revisions (
                    project_id uuid NOT NULL,
                    number integer NOT NULL,
                    created_at timestamp with time zone NOT NULL,
                    message text NOT NULL,
                    table_count integer NOT NULL,
                    definition_json text NOT NULL,
                    CONSTRAINT pk_revisions PRIMARY KEY (project_id, number),
                    CONSTRAINT fk_revisions_projects FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE
                );
                """),
    ];
}
