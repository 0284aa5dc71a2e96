using System.Globalization;
using System.Text.Json.Nodes;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// One section of the document's components (<c>examples</c>, <c>responses</c>) filled as operations ask:
/// each distinct entry is written once, under the name it was first asked for (numbered when that name
/// already holds another entry), and every operation that uses it refers to it. Names follow the order of
/// first use, so the same definition gives the same names.
/// </summary>
internal sealed class SharedComponents(string section)
{
    private readonly Dictionary<string, string> namesByKey = new(StringComparer.Ordinal);
    private readonly NameRegistry names = new();
    private readonly Dictionary<string, int> takenPerName = new(StringComparer.OrdinalIgnoreCase);

    public JsonObject Components { get; } = [];

    /// <summary>
    /// The name of the entry that <paramref name="key"/> stands for, built and added the first time the key is
    /// seen. The key must say everything the entry's content depends on, so an entry is built once, not once per use.
    /// </summary>
    public string NameOf(string key, string name, Func<JsonObject> build)
    {
        if (!namesByKey.TryGetValue(key, out var claimed))
        {
            var content = build();
            // Two keys can still give the same content (an input the content leaves out); write it once all the same.
            var contentKey = "\0" + content.ToJsonString();
            if (!namesByKey.TryGetValue(contentKey, out claimed))
            {
                // Numbered from the last number this name got, not from 2 each time: thousands of responses share a few names.
                var count = takenPerName.GetValueOrDefault(name) + 1;
                takenPerName[name] = count;
                claimed = names.Claim(count == 1 ? name : name + count.ToString(CultureInfo.InvariantCulture));
                namesByKey.Add(contentKey, claimed);
                Components[claimed] = content;
            }

            namesByKey.Add(key, claimed);
        }

        return claimed;
    }

    public JsonObject Reference(string name) => new() { ["$ref"] = $"#/components/{section}/{name}" };
}
