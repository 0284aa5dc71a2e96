using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>
/// Everything the property test knows about the running API: organizations and callers, every row with its
/// organization and owner, every stored secret, and which organization each identifying token (record id,
/// organization id, organization marker) belongs to.
/// </summary>
public sealed class TenantWorld
{
    public static readonly JsonSerializerOptions BodyJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Dictionary<string, int> tokens = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, HashSet<string>> known = [];

    public TenantWorld(TenantHost host, SampleKnowledge sample)
    {
        Host = host;
        Sample = sample;
        Values = new ValueFactory();
    }

    public TenantHost Host { get; }

    public SampleKnowledge Sample { get; }

    public ApiDefinition Definition => Host.Definition;

    public ValueFactory Values { get; }

    public List<OrgFact> Orgs { get; } = [];

    /// <summary>Every caller of the random phase.</summary>
    public List<TenantCaller> Callers { get; } = [];

    public Dictionary<string, RecordFact> Records { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<SecretFact> Secrets { get; } = [];

    /// <summary>Text put in the visible fields of an organization's rows, so a leaked row is recognisable.</summary>
    public static string Marker(int org) => $"tnt{org}mk";

    public void AddOrg(OrgFact org)
    {
        Orgs.Add(org);
        tokens[org.Id] = org.Index;
        tokens[Marker(org.Index)] = org.Index;
        known[org.Index] = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
    }

    public void AddRecord(RecordFact record)
    {
        Records[record.Id] = record;
        if (record.Org >= 0)
        {
            tokens[record.Id] = record.Org;
        }
    }

    public void AddSecret(SecretFact secret) => Secrets.Add(secret);

    public IReadOnlyList<RecordFact> RecordsOf(string table, int org) =>
        Records.Values.Where(r => r.Table == table && r.Org == org && !r.Deleted).ToList();

    /// <summary>The organization an identifying token belongs to, or null for text that identifies nothing.</summary>
    public int? OrgOfToken(string token) => tokens.TryGetValue(token, out var org) ? org : null;

    /// <summary>Foreign tokens a caller of <paramref name="org"/> sent: the API may show them to that organization from then on.</summary>
    public void Learn(int org, IEnumerable<string> sent)
    {
        if (org >= 0)
        {
            known[org].UnionWith(sent);
        }
    }

    public bool Knows(int org, string token) => org >= 0 && known[org].Contains(token);

    public Task<HttpResponseMessage> SendAsync(TenantCaller caller, HttpMethod method, string path, JsonNode? body)
    {
        var request = new HttpRequestMessage(method, Host.Api.Base + path);
        caller.Apply(request);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(BodyJson), Encoding.UTF8, "application/json");
        }

        return Host.Api.Client.SendAsync(request);
    }
}
