using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Runtime.Tests.Authentication;

/// <summary>
/// Sign-up and organization creation when the database itself refuses the insert, made to happen with a trigger:
/// only a lost race to the email's unique index is "email taken"; everything else gets the database layer's
/// answer, as a refused record write does. Runs once per database.
/// </summary>
public abstract class AccountDatabaseErrorTests(DatabaseKind database) : IAsyncLifetime
{
    private const string Password = "Correct-Horse-Battery-9";

    // A sign-up of race-… finds its email inserted by a concurrent sign-up just before its own insert; one of clash-…
    // finds its id taken; one of refused-… and an organization named "refused" are refused outright.
    private const string SqliteTriggers = """
        CREATE TRIGGER test_race BEFORE INSERT ON auth_users WHEN NEW.email LIKE 'race-%'
        BEGIN INSERT INTO auth_users (id, email, password_hash, created_at) VALUES ('w' || substr(NEW.id, 2), NEW.email, 'x', NEW.created_at); END;
        CREATE TRIGGER test_clash BEFORE INSERT ON auth_users WHEN NEW.email LIKE 'clash-%'
        BEGIN INSERT INTO auth_users (id, email, password_hash, created_at) VALUES (NEW.id, 'other-' || NEW.email, 'x', NEW.created_at); END;
        CREATE TRIGGER test_refused_user BEFORE INSERT ON auth_users WHEN NEW.email LIKE 'refused-%'
        BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END;
        CREATE TRIGGER test_refused_org BEFORE INSERT ON auth_organizations WHEN NEW.name = 'refused'
        BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END;
        """;

    private const string PostgresTriggers = """
        CREATE FUNCTION test_user_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF pg_trigger_depth() > 1 THEN RETURN NEW; END IF;
            IF NEW.email LIKE 'race-%' THEN
                INSERT INTO auth_users (id, email, password_hash, created_at) VALUES ('w' || substr(NEW.id, 2), NEW.email, 'x', NEW.created_at);
            END IF;
            IF NEW.email LIKE 'clash-%' THEN
                INSERT INTO auth_users (id, email, password_hash, created_at) VALUES (NEW.id, 'other-' || NEW.email, 'x', NEW.created_at);
            END IF;
            IF NEW.email LIKE 'refused-%' THEN RAISE EXCEPTION 'refused by a trigger'; END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER test_user_insert BEFORE INSERT ON auth_users FOR EACH ROW EXECUTE FUNCTION test_user_insert();
        CREATE FUNCTION test_organization_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.name = 'refused' THEN RAISE EXCEPTION 'refused by a trigger'; END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER test_organization_insert BEFORE INSERT ON auth_organizations FOR EACH ROW EXECUTE FUNCTION test_organization_insert();
        """;

    private TestApi api = null!;

    public async Task InitializeAsync()
    {
        api = await TestApi.StartSampleAsync("crm.api.json", database);
        await api.ExecuteSqlAsync(database == DatabaseKind.Sqlite ? SqliteTriggers : PostgresTriggers);
    }

    public async Task DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task A_sign_up_that_loses_the_race_to_the_email_index_returns_409_AUTH_EMAIL_TAKEN() =>
        await Expect.ErrorAsync(await api.Anonymous.PostAsync("/auth/signup", new { email = $"race-{Guid.NewGuid():N}@example.test", password = Password }),
            409, ErrorLayer.Authentication, ErrorCodes.AuthEmailTaken);

    [Fact]
    public async Task A_sign_up_refused_on_another_unique_index_returns_409_DB_UNIQUE_VIOLATION_not_email_taken() =>
        await Expect.ErrorAsync(await api.Anonymous.PostAsync("/auth/signup", new { email = $"clash-{Guid.NewGuid():N}@example.test", password = Password }),
            409, ErrorLayer.Database, ErrorCodes.DbUniqueViolation);

    [Fact]
    public async Task A_sign_up_the_database_refuses_for_another_reason_returns_DB_INSERT_FAILED_not_email_taken() =>
        await Expect.ErrorAsync(await api.Anonymous.PostAsync("/auth/signup", new { email = $"refused-{Guid.NewGuid():N}@example.test", password = Password }),
            500, ErrorLayer.Database, ErrorCodes.DbInsertFailed);

    [Fact]
    public async Task An_organization_the_database_refuses_returns_DB_INSERT_FAILED_and_the_next_one_is_created()
    {
        var user = await api.SignUpAsync($"founder-{Guid.NewGuid():N}@example.test");

        await Expect.ErrorAsync(await user.PostAsync("/organizations", new { name = "refused" }), 500, ErrorLayer.Database, ErrorCodes.DbInsertFailed);

        await Expect.StatusAsync(await user.PostAsync("/organizations", new { name = "accepted" }), 201);
        var mine = await Expect.StatusAsync(await user.GetAsync("/organizations"), 200);
        Assert.Equal("accepted", Assert.Single(mine["array"]!.AsArray())!["name"]!.GetValue<string>());
    }
}

public sealed class AccountDatabaseErrorTestsOnSqlite() : AccountDatabaseErrorTests(DatabaseKind.Sqlite);

public sealed class AccountDatabaseErrorTestsOnPostgres() : AccountDatabaseErrorTests(DatabaseKind.Postgres);
