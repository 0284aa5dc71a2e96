using System.Text.Json;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.Operations;

/// <summary>A batch request: <c>{ records: [...], options: { atomic } }</c>, or <c>{ ids: [...], options }</c> for deletes.</summary>
public sealed record BatchBody(IReadOnlyList<JsonElement> Items, bool Atomic)
{
    public static BatchBody Parse(IReadOnlyDictionary<string, JsonElement> body, string itemsField, int maxBatchSize)
    {
        foreach (var key in body.Keys.Where(k => k != itemsField && k != "options"))
        {
            throw new ApiException(ApiErrors.MalformedJson($"unknown field '{key}'; a batch body has '{itemsField}' and 'options'"));
        }

        if (!body.TryGetValue(itemsField, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            throw new ApiException(itemsField == "ids"
                ? ApiErrors.BatchMissingIds([])
                : ApiErrors.MalformedJson($"'{itemsField}' must be a list"));
        }

        var list = items.EnumerateArray().ToList();
        if (list.Count > maxBatchSize)
        {
            throw new ApiException(ApiErrors.BatchSizeExceeded(list.Count, maxBatchSize));
        }

        if (list.Count == 0)
        {
            throw new ApiException(itemsField == "ids" ? ApiErrors.BatchMissingIds([]) : ApiErrors.MalformedJson($"'{itemsField}' is empty"));
        }

        return new BatchBody(list, ReadAtomic(body));
    }

    private static bool ReadAtomic(IReadOnlyDictionary<string, JsonElement> body)
    {
        if (!body.TryGetValue("options", out var options) || options.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        if (options.ValueKind != JsonValueKind.Object)
        {
            throw new ApiException(ApiErrors.MalformedJson("'options' must be an object such as { \"atomic\": true }"));
        }

        foreach (var option in options.EnumerateObject())
        {
            if (option.Name != "atomic" || option.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                throw new ApiException(ApiErrors.MalformedJson("'options' takes only \"atomic\": true or false"));
            }
        }

        return options.TryGetProperty("atomic", out var atomic) && atomic.GetBoolean();
    }
}
