using ApiStudio.Runtime.ApiKeys;
using ApiStudio.Runtime.Authentication;
using ApiStudio.Runtime.Authentication.Data;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Hosting;
using Microsoft.AspNetCore.Identity;

namespace ApiStudio.Studio.Simulator;

/// <summary>
/// Fills a fresh sandbox database: organizations A and B, a user per role in each (with a live session so
/// tokens can be issued without signing in), and a few sample rows per table in each organization.
/// </summary>
public sealed class SandboxSeed(ApiDbContext database, RuntimeOptions options)
{
    public const string Password = "sandbox-password";
    private const int RowsPerOrganization = 3;

    private static readonly Lazy<string> PasswordHash = new(() => new PasswordHasher<AuthUser>().HashPassword(null!, Password));

    private readonly List<SandboxPersona> personas = [];
    private readonly List<SampleRecord> records = [];
    private readonly Dictionary<string, AccessTokenClaims> claims = [];

    public IReadOnlyList<SandboxPersona> Personas => personas;

    public IReadOnlyList<SampleRecord> Records => records;

    /// <summary>Who each user persona is, to issue a fresh access token per request.</summary>
    public IReadOnlyDictionary<string, AccessTokenClaims> Claims => claims;

    public List<SandboxOrganization> Organizations { get; } = [];

    private DateTime Now => options.Clock.GetUtcNow().UtcDateTime;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Parents first, as SaveChanges would order them: users, then organizations, then memberships and sessions.
        var writer = new SeedWriter(database);
        var memberships = new List<AuthMembership>();
        var sessions = new List<AuthSession>();
        var usersByOrg = new Dictionary<string, List<(string UserId, string Role)>>();
        foreach (var label in new[] { "A", "B" })
        {
            var organization = new SandboxOrganization(label, StableIds.For("organization:" + label).ToString(), $"Organization {label}");
            Organizations.Add(organization);
            usersByOrg[label] = AddUsers(writer, memberships, sessions, organization);
        }

        foreach (var organization in Organizations)
        {
            writer.Add(new AuthOrganization
            {
                Id = organization.Id,
                Name = organization.Name,
                CreatedBy = usersByOrg[organization.Label][^1].UserId,
                CreatedAt = Now,
            });
        }

        memberships.ForEach(writer.Add);
        sessions.ForEach(writer.Add);

        foreach (var table in DependencyOrder(options.Definition.Tables))
        {
            foreach (var organization in Organizations)
            {
                AddRows(writer, table, organization, usersByOrg[organization.Label]);
            }
        }

        await writer.SaveAsync(cancellationToken);
    }

    /// <summary>A key of an organization with chosen scopes and environment, stored hashed like any other.</summary>
    public async Task<SandboxPersona> AddApiKeyAsync(SandboxOrganization organization, string kind, IReadOnlyList<string> scopes, string environment,
        string createdBy, CancellationToken cancellationToken)
    {
        var key = ApiKeyFormat.Generate(kind);
        var writer = new SeedWriter(database);
        writer.Add(new AuthApiKey
        {
            Id = Guid.NewGuid().ToString(),
            OrganizationId = organization.Id,
            CreatedBy = createdBy,
            Kind = kind,
            DisplayPrefix = key.DisplayPrefix,
            KeyHash = key.Hash,
            Scopes = string.Join(' ', scopes),
            Environment = environment,
            CreatedAt = Now,
        });
        await writer.SaveAsync(cancellationToken);
        var secret = kind == ApiKeyKinds.Secret;
        var persona = new SandboxPersona($"{kind}-{organization.Label}-{personas.Count}",
            $"{(secret ? "sk_" : "pk_")} key of {organization.Label} [{string.Join(", ", scopes)}] ({environment})",
            secret ? PersonaKind.SecretKey : PersonaKind.PublishableKey)
        {
            Organization = organization.Label,
            HeaderName = "X-API-Key",
            HeaderValue = key.Value,
            Scopes = scopes,
            Environment = environment,
        };
        personas.Add(persona);
        return persona;
    }

    private List<(string UserId, string Role)> AddUsers(SeedWriter writer, List<AuthMembership> memberships, List<AuthSession> sessions,
        SandboxOrganization organization)
    {
        var roles = options.Definition.Roles.Select(r => r.Name).DefaultIfEmpty("member").ToList();
        var users = new List<(string, string)>();
        foreach (var role in roles)
        {
            var userId = StableIds.For($"user:{organization.Label}:{role}").ToString();
            var email = $"{role}@{organization.Label.ToLowerInvariant()}.sandbox";
            var chainId = StableIds.For($"session:{organization.Label}:{role}").ToString();
            writer.Add(new AuthUser { Id = userId, Email = email, PasswordHash = PasswordHash.Value, CreatedAt = Now });
            memberships.Add(new AuthMembership { Id = StableIds.For($"membership:{organization.Label}:{role}").ToString(), OrganizationId = organization.Id, UserId = userId, Role = role, CreatedAt = Now });
            sessions.Add(new AuthSession
            {
                Id = chainId,
                ChainId = chainId,
                Kind = AuthSessionKind.Refresh,
                TokenHash = OpaqueTokens.Hash(OpaqueTokens.New()),
                UserId = userId,
                ActiveOrganizationId = organization.Id,
                CreatedAt = Now,
                ExpiresAt = Now.AddDays(options.Definition.Project.SessionLifetimeDays),
            });
            var id = $"user-{organization.Label}-{role}";
            claims[id] = new AccessTokenClaims(userId, email, chainId, organization.Id);
            personas.Add(new SandboxPersona(id, $"{role} in {organization.Label} ({email})", PersonaKind.User)
            {
                Organization = organization.Label,
                Role = role,
                UserId = userId,
            });
            users.Add((userId, role));
        }

        return users;
    }

    private void AddRows(SeedWriter writer, TableDefinition table, SandboxOrganization organization, List<(string UserId, string Role)> users)
    {
        var firewall = ResolvedFirewall.Resolve(table);
        var count = RowsPerOrganization + (table.SoftDelete && organization.Label == "A" ? 1 : 0);
        for (var index = 0; index < count; index++)
        {
            var owner = users[index % users.Count].UserId;
            var rowName = $"{table.Name}:{organization.Label}:{index}";
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var column in table.Columns)
            {
                values[column.Name] = column.References is { } target
                    ? ReferenceFor(target, column, organization.Label, index)
                    : column.PrimaryKey ? KeyFor(column, rowName)
                    : SampleValues.For(column, index, Now, rowName);
            }

            if (firewall.OrganizationColumn is { } org && !firewall.IsPublic)
            {
                values[org] = Convert(table.FindColumn(org)!, organization.Id);
            }

            if (firewall.OwnerColumn is { } ownerColumn && !firewall.IsPublic)
            {
                values[ownerColumn] = Convert(table.FindColumn(ownerColumn)!, owner);
            }

            var deleted = index == RowsPerOrganization;
            values[SystemColumns.CreatedAt] = Now;
            values[SystemColumns.ModifiedAt] = Now;
            values[SystemColumns.CreatedBy] = owner;
            values[SystemColumns.ModifiedBy] = owner;
            if (deleted)
            {
                values[SystemColumns.DeletedAt] = Now;
                values[SystemColumns.DeletedBy] = owner;
            }

            writer.AddRow(table.Name, values);
            var key = table.PrimaryKey!;
            records.Add(new SampleRecord(table.Name, organization.Label, values[key.Name]!.ToString()!,
                firewall.OwnerColumn is null ? null : owner, deleted));
        }
    }

    private object? KeyFor(ColumnDefinition key, string rowName) => key.Type switch
    {
        ColumnType.Integer => (long)(records.Count + 1),
        ColumnType.Uuid => StableIds.For(rowName),
        _ => StableIds.For(rowName).ToString(),
    };

    private object? ReferenceFor(string target, ColumnDefinition column, string organization, int index)
    {
        var candidates = records.Where(r => r.Table == target && r.Organization == organization && !r.Deleted).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        return Convert(column, candidates[index % candidates.Count].Id);
    }

    private static object? Convert(ColumnDefinition column, string text) =>
        ColumnValues.TryFromText(text, column.Type, out var value, out _) ? value : null;

    /// <summary>Referenced tables first, so references point at rows that exist; cycles fall back to definition order.</summary>
    private static IEnumerable<TableDefinition> DependencyOrder(IReadOnlyList<TableDefinition> tables)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var pending = tables.ToList();
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(t => t.Columns.All(c => c.References is null || c.References == t.Name || done.Contains(c.References)
                || tables.All(other => other.Name != c.References))) ?? pending[0];
            pending.Remove(ready);
            done.Add(ready.Name);
            yield return ready;
        }
    }
}
