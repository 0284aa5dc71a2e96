namespace ApiStudio.Runtime.Tests.Security.Hostile;

/// <summary>Every endpoint that reads a JSON body, with placeholders for the fixture's ids.</summary>
public static class BodyEndpoints
{
    public static readonly (string Method, string Path)[] All =
    [
        ("POST", "/companies"),
        ("PATCH", "/companies/{company}"),
        ("POST", "/companies/batch"),
        ("PATCH", "/companies/batch"),
        ("DELETE", "/companies/batch"),
        ("POST", "/deals/{deal}/advance"),
        ("POST", "/auth/signup"),
        ("POST", "/auth/signin"),
        ("POST", "/auth/refresh"),
        ("POST", "/organizations"),
        ("POST", "/organizations/{org}/members"),
        ("POST", "/organizations/{org}/api-keys"),
    ];

    /// <summary>Each endpoint combined with each body.</summary>
    public static TheoryData<string, string, string> With(params string[] bodies)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (method, path) in All)
        {
            foreach (var body in bodies)
            {
                data.Add(method, path, body);
            }
        }

        return data;
    }

    public static string Resolve(string path, HostileApi api) =>
        path.Replace("{company}", api.CompanyId).Replace("{deal}", api.DealId).Replace("{org}", api.OrgId);
}
