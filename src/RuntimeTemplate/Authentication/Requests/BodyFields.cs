using System.Globalization;
using System.Text.Json;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Input;

namespace ApiStudio.Runtime.Authentication.Requests;

/// <summary>
/// Typed reads of a JSON object's fields that collect every problem, so one 400 VALIDATION_FAILED lists
/// them all (<c>details.errors</c>: field → what is wrong) instead of failing on the first.
/// </summary>
public sealed class BodyFields(IReadOnlyDictionary<string, JsonElement> fields)
{
    private readonly Dictionary<string, string> errors = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Errors => errors;

    public string? RequiredString(string name, int maxLength) => String(name, maxLength, required: true);

    public string? OptionalString(string name, int maxLength) => String(name, maxLength, required: false);

    public IReadOnlyList<string>? RequiredStringArray(string name, int maxItems, int maxLength)
    {
        if (!TryGet(name, required: true, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return Fail<IReadOnlyList<string>>(name, $"expected an array of strings, got {JsonKinds.Describe(value.ValueKind)}");
        }

        var items = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || item.GetString() is not { Length: > 0 } text || text.Length > maxLength)
            {
                return Fail<IReadOnlyList<string>>(name, $"every item must be a non-empty string of at most {maxLength} characters");
            }

            if (StorableText.Problem(text) is { } unstorable)
            {
                return Fail<IReadOnlyList<string>>(name, $"every item {unstorable}");
            }

            items.Add(text);
        }

        if (items.Count == 0 || items.Count > maxItems)
        {
            return Fail<IReadOnlyList<string>>(name, $"must list between 1 and {maxItems} items");
        }

        return items;
    }

    /// <summary>An ISO 8601 timestamp as UTC; a timestamp without an offset is read as UTC.</summary>
    public DateTime? OptionalTimestamp(string name)
    {
        if (!TryGet(name, required: false, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return moment.UtcDateTime;
        }

        return Fail<DateTime?>(name, "expected an ISO 8601 timestamp string, like 2030-01-31T00:00:00Z");
    }

    public void Fail(string name, string problem) => errors.TryAdd(name, problem);

    /// <summary>Stops the request with 400 VALIDATION_FAILED when any read or rule failed.</summary>
    public void ThrowIfInvalid()
    {
        if (errors.Count > 0)
        {
            throw new ApiException(ApiErrors.ValidationFailed(errors));
        }
    }

    private string? String(string name, int maxLength, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return Fail<string>(name, $"expected a string, got {JsonKinds.Describe(value.ValueKind)}");
        }

        var text = value.GetString()!;
        if (StorableText.Problem(text) is { } unstorable)
        {
            return Fail<string>(name, unstorable);
        }

        if (required && text.Trim().Length == 0)
        {
            return Fail<string>(name, "is required and must not be empty");
        }

        return text.Length > maxLength ? Fail<string>(name, $"must be at most {maxLength} characters") : text;
    }

    /// <summary>The field's value; a missing or null field is absent, which is an error only when required.</summary>
    private bool TryGet(string name, bool required, out JsonElement value)
    {
        if (fields.TryGetValue(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            Fail(name, "is required");
        }

        return false;
    }

    private T? Fail<T>(string name, string problem)
    {
        Fail(name, problem);
        return default;
    }
}
