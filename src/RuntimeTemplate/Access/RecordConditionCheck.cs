using ApiStudio.Runtime.Access.Conditions;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Tracing;

namespace ApiStudio.Runtime.Access;

/// <summary>The record condition of an access rule, tested on one loaded (or about to be written) record.</summary>
public static class RecordConditionCheck
{
    public static void Require(TableDefinition table, AccessRule? rule, IReadOnlyDictionary<string, object?> row, CallerIdentity caller,
        DecisionTrace trace, string definitionPath)
    {
        if (rule?.Record is not { } condition)
        {
            return;
        }

        var text = ConditionText.Render(condition);
        if (caller.Kind == CallerKind.SecretKey)
        {
            trace.Skipped(ErrorLayer.Access, "record", $"secret keys skip record conditions ({text})");
            return;
        }

        var result = ConditionEvaluator.Evaluate(condition, row, table, caller);
        if (result.Met)
        {
            trace.Passed(ErrorLayer.Access, "record", $"the record meets {text}", definitionPath + ".record");
            return;
        }

        trace.Failed(ErrorLayer.Access, "record", $"the record does not meet {text}: {result.Reason}",
            "Act on a record that meets the condition, or change the rule's record condition.", definitionPath + ".record");
        throw new ApiException(ApiErrors.AccessConditionFailed(text));
    }
}
