using System.Linq.Expressions;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Tracing;

namespace ApiStudio.Runtime.Firewall;

/// <summary>
/// The rows one caller may reach in one table: same organization, the caller's own rows where the table
/// has an owner column, never soft-deleted rows. Applied in SQL to every query.
/// </summary>
public sealed class FirewallScope
{
    private FirewallScope(TableDefinition table, ResolvedFirewall firewall, object? organizationId, string? ownerId, bool ownerScoped)
    {
        Table = table;
        Firewall = firewall;
        OrganizationId = organizationId;
        OwnerId = ownerId;
        OwnerScoped = ownerScoped;
    }

    public TableDefinition Table { get; }

    public ResolvedFirewall Firewall { get; }

    /// <summary>The active organization as the organization column's CLR value.</summary>
    public object? OrganizationId { get; }

    public string? OwnerId { get; }

    /// <summary>Rows are limited to the caller's own (secret keys act for the whole organization).</summary>
    public bool OwnerScoped { get; }

    /// <summary>The caller's scope.</summary>
    /// <exception cref="ApiException">403 ACCESS_NO_ORG when the table is scoped by organization and none is active.</exception>
    public static FirewallScope For(TableDefinition table, CallerIdentity caller, DecisionTrace trace) =>
        TryFor(table, caller, trace, out var refusal) ?? throw new ApiException(refusal!);

    /// <summary>The caller's scope, or null with the 403 ACCESS_NO_ORG that <see cref="For"/> throws.</summary>
    public static FirewallScope? TryFor(TableDefinition table, CallerIdentity caller, DecisionTrace trace, out ApiError? refusal)
    {
        refusal = null;
        var firewall = ResolvedFirewall.Resolve(table);
        if (firewall.IsPublic)
        {
            trace.Skipped(ErrorLayer.Firewall, "exception", $"'{table.Name}' is public (firewall exception): no organization scoping.");
            return new FirewallScope(table, firewall, null, null, ownerScoped: false);
        }

        object? organizationId = null;
        if (firewall.OrganizationColumn is { } orgColumn)
        {
            var column = table.FindColumn(orgColumn)!;
            if (caller.ActiveOrgId is null || !ColumnValues.TryFromText(caller.ActiveOrgId, column.Type, out organizationId, out _))
            {
                trace.Failed(ErrorLayer.Access, "activeOrganization", $"'{table.Name}' is scoped by {orgColumn} but {caller.Describe()}.",
                    "Send X-Organization-Id with an organization the caller belongs to.", $"$.tables[?(@.name=='{table.Name}')].firewall");
                refusal = ApiErrors.AccessNoOrg();
                return null;
            }
        }

        var ownerScoped = firewall.OwnerColumn is not null && caller.Kind != CallerKind.SecretKey;
        var scope = new FirewallScope(table, firewall, organizationId, caller.UserId, ownerScoped);
        trace.Passed(ErrorLayer.Firewall, "scope", scope.Describe());
        return scope;
    }

    /// <summary>Plain words for the trace: <c>rows where organizationId = 9c1e… and ownerId = 3f2a…, not deleted</c>.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Firewall.OrganizationColumn is { } org)
        {
            parts.Add($"{org} = {OrganizationId}");
        }

        if (OwnerScoped)
        {
            parts.Add(Firewall.OwnerMode == OwnerMode.Optional ? $"{Firewall.OwnerColumn} = {OwnerId} or unassigned" : $"{Firewall.OwnerColumn} = {OwnerId}");
        }

        if (Table.SoftDelete)
        {
            parts.Add("not deleted");
        }

        return parts.Count == 0 ? $"all rows of '{Table.Name}'" : $"'{Table.Name}' rows where " + string.Join(" and ", parts);
    }

    /// <summary>The scope as a SQL-translatable predicate over the table's entity type.</summary>
    public Expression<Func<T, bool>> Predicate<T>()
    {
        var entity = Expression.Parameter(typeof(T), "row");
        var organization = Firewall.OrganizationColumn is { } orgColumn
            ? EntityProperty.Value(OrganizationId, ColumnClrTypes.PropertyType(Table.FindColumn(orgColumn)!))
            : null;
        Expression? owner = null;
        if (OwnerScoped)
        {
            var ownerColumn = Table.FindColumn(Firewall.OwnerColumn!)!;
            owner = OwnerId is not null && ColumnValues.TryFromText(OwnerId, ownerColumn.Type, out var ownerValue, out _)
                ? EntityProperty.Value(ownerValue, ColumnClrTypes.PropertyType(ownerColumn))
                : null;
        }

        return Expression.Lambda<Func<T, bool>>(Condition(Table, Firewall, entity, Expression.Constant(true), organization, OwnerScoped, owner), entity);
    }

    /// <summary>
    /// The firewall's rule over <paramref name="row"/>, joined to <paramref name="first"/>: the organization column equals
    /// <paramref name="organization"/>; when <paramref name="ownerScoped"/>, the owner column equals <paramref name="owner"/>
    /// (no row when the caller is no owner value), or is empty where ownership is optional; and the row is not deleted.
    /// The values are expressions of the columns' types: constants for one caller's query, parameters for a compiled one.
    /// </summary>
    internal static Expression Condition(TableDefinition table, ResolvedFirewall firewall, Expression row, Expression first,
        Expression? organization, bool ownerScoped, Expression? owner)
    {
        var body = first;
        if (firewall.OrganizationColumn is { } orgColumn)
        {
            var type = ColumnClrTypes.PropertyType(table.FindColumn(orgColumn)!);
            body = Expression.AndAlso(body, Expression.Equal(EntityProperty.Access(row, orgColumn, type), organization!));
        }

        if (ownerScoped)
        {
            var ownerColumn = table.FindColumn(firewall.OwnerColumn!)!;
            var type = ColumnClrTypes.PropertyType(ownerColumn);
            var ownerAccess = EntityProperty.Access(row, ownerColumn.Name, type);
            Expression mine = owner is not null ? Expression.Equal(ownerAccess, owner) : Expression.Constant(false);
            if (firewall.OwnerMode == OwnerMode.Optional && ownerColumn.Nullable)
            {
                mine = Expression.OrElse(mine, Expression.Equal(ownerAccess, Expression.Constant(null, type)));
            }

            body = Expression.AndAlso(body, mine);
        }

        if (table.SoftDelete)
        {
            body = Expression.AndAlso(body,
                Expression.Equal(EntityProperty.Access(row, SystemColumns.DeletedAt, typeof(DateTime?)), Expression.Constant(null, typeof(DateTime?))));
        }

        return body;
    }

    /// <summary>
    /// Why a record addressed by id is out of reach, given the row found without the scope (or null).
    /// Hide mode answers the same opaque 404 whatever the reason.
    /// </summary>
    public ApiError Diagnose(IReadOnlyDictionary<string, object?>? row, DecisionTrace trace)
    {
        var (error, reason) = Reason(row);
        trace.Failed(ErrorLayer.Firewall, error.Code, reason,
            Firewall.ErrorMode == FirewallErrorMode.Hide ? "errorMode is hide: the caller is told only 'not found'." : "Use an id of a record in the caller's scope.");
        return Firewall.ErrorMode == FirewallErrorMode.Hide ? ApiErrors.HiddenNotFound() : error;
    }

    private (ApiError Error, string Reason) Reason(IReadOnlyDictionary<string, object?>? row)
    {
        if (row is null)
        {
            return (ApiErrors.FirewallNotFound(), $"no '{Table.Name}' record has this id");
        }

        if (Firewall.OrganizationColumn is { } org && !Equals(row.GetValueOrDefault(org), OrganizationId))
        {
            return (ApiErrors.FirewallOrgIsolation(), $"the record belongs to another organization than {OrganizationId}");
        }

        if (Table.SoftDelete && row.GetValueOrDefault(SystemColumns.DeletedAt) is not null)
        {
            return (ApiErrors.FirewallSoftDeleted(), "the record was soft-deleted");
        }

        if (OwnerScoped)
        {
            return (ApiErrors.FirewallUserIsolation(), $"the record's {Firewall.OwnerColumn} is another user than {OwnerId}");
        }

        return (ApiErrors.FirewallNotFound(), "the record is outside the caller's scope");
    }
}
