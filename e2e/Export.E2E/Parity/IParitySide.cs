using ApiStudio.Studio.Simulator;

namespace ApiStudio.Export.E2E.Parity;

/// <summary>The simulator or the exported API, started from the same seeded data and answering as the same personas.</summary>
public interface IParitySide
{
    string Name { get; }

    /// <summary>Ids the seed gave rows, organizations and users: equal on both sides, so they are compared as they are.</summary>
    IReadOnlySet<string> SeededIds { get; }

    Task<ParityResponse> SendAsync(string persona, string method, string path, string? body, IReadOnlyDictionary<string, string> headers);

    static IReadOnlySet<string> IdsOf(IEnumerable<SampleRecord> records, IEnumerable<SandboxOrganization> organizations,
        IEnumerable<SandboxPersona> personas) =>
        records.Select(r => r.Id)
            .Concat(organizations.Select(o => o.Id))
            .Concat(personas.Select(p => p.UserId).OfType<string>())
            .Concat(ParityRows.Ids)
            .Select(id => id.ToLowerInvariant())
            .ToHashSet();
}
