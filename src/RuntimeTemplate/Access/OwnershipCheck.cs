using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Tracing;

namespace ApiStudio.Runtime.Access;

/// <summary>The <c>owner: true</c> part of an access rule: the caller must be the record's owner.</summary>
public static class OwnershipCheck
{
    public static void Require(TableDefinition table, AccessRule? rule, IReadOnlyDictionary<string, object?> row, CallerIdentity caller,
        DecisionTrace trace, string definitionPath)
    {
        if (rule is not { Owner: true } || caller.Kind == CallerKind.SecretKey)
        {
            return;
        }

        var ownerColumn = ResolvedFirewall.Resolve(table).OwnerColumn!;
        var owner = row.GetValueOrDefault(ownerColumn)?.ToString();
        if (owner is not null && caller.UserId is not null && string.Equals(owner, caller.UserId, StringComparison.OrdinalIgnoreCase))
        {
            trace.Passed(ErrorLayer.Access, "owner", $"the caller owns the record ({ownerColumn})", definitionPath);
            return;
        }

        trace.Failed(ErrorLayer.Access, "owner", $"the rule requires the owner, and the record's {ownerColumn} is {(owner is null ? "empty" : "another user")}",
            "Act as the record's owner, or remove 'owner' from the rule.", definitionPath);
        throw new ApiException(ApiErrors.AccessOwnershipRequired(ownerColumn));
    }
}
