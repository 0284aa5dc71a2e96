using System.Net.Http.Json;
using ApiStudio.Generator.Export;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Export.E2E;

/// <summary>The rate limit layer of an export whose design allows three reads and two sign-ins a minute.</summary>
[Collection(ExportedCrmCollection.Name)]
public sealed class RateLimitTests(ExportedCrm crm)
{
    [Fact]
    public void The_tiny_limit_copy_differs_from_the_sample_s_export_only_in_its_definition_documents()
    {
        var sample = ProjectExporter.Export(CrmVersions.V1);
        var tiny = ProjectExporter.Export(CrmVersions.TinyLimits);

        var differing = sample.Files.Zip(tiny.Files).Where(pair => pair.First != pair.Second).Select(pair => pair.First.Path);

        Assert.Equal(sample.Files.Select(f => f.Path), tiny.Files.Select(f => f.Path));
        Assert.Equal(["README.md", "api.json", "openapi.json"], differing);
    }

    [Fact]
    public async Task The_fourth_read_in_a_window_gets_429_RATE_LIMITED_with_retry_after()
    {
        var app = await crm.TinyLimitsAsync();
        var accounts = new Accounts(app, crm.BasePath);
        var (_, owner) = await accounts.OrganizationAsync("acme");

        for (var i = 0; i < 3; i++)
        {
            var allowed = await owner.GetAsync("/companies");
            await Expect.StatusAsync(allowed, 200);
            Assert.Equal("3", allowed.Headers.GetValues("X-RateLimit-Limit").Single());
            Assert.Equal((2 - i).ToString(System.Globalization.CultureInfo.InvariantCulture), allowed.Headers.GetValues("X-RateLimit-Remaining").Single());
        }

        var refused = await owner.GetAsync("/companies");
        var body = await Expect.ErrorAsync(refused, 429, ErrorLayer.RateLimit, ErrorCodes.RateLimited);
        Assert.Equal(3, body["details"]!["limit"]!.GetValue<int>());
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
    }

    [Fact]
    public async Task The_third_sign_in_from_one_address_gets_429_AUTH_RATE_LIMITED()
    {
        var app = await crm.TinyLimitsAsync();
        var accounts = new Accounts(app, crm.BasePath);
        var user = await accounts.SignUpAsync($"ann-{Guid.NewGuid():N}@example.test");
        await Expect.StatusAsync(await user.Client.PostAsJsonAsync($"{crm.BasePath}/auth/signin", new { email = user.Email, password = Accounts.Password }), 200);

        var refused = await user.Client.PostAsJsonAsync($"{crm.BasePath}/auth/signin", new { email = user.Email, password = Accounts.Password });

        await Expect.ErrorAsync(refused, 429, ErrorLayer.Authentication, ErrorCodes.AuthRateLimited);
        Assert.True(refused.Headers.Contains("Retry-After"));
    }
}
