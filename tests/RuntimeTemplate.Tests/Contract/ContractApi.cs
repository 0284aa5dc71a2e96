using ApiStudio.Runtime.Actions;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Hosting;
using ApiStudio.Runtime.Tests.Pipeline;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MovableClock = ApiStudio.Runtime.Tests.Authentication.MovableClock;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>
/// The contract API running in one <see cref="ContractVariant"/>, with its cast: two organizations, a member
/// of each role, a user with no organization, and a publishable key that may only read companies.
/// Tests create the records they change, so they never depend on one another.
/// </summary>
public sealed class ContractApi : IAsyncDisposable
{
    private int nextClientAddress;

    private readonly AppServices services;

    private ContractApi(TestApi api, AppServices services, MovableClock clock, ContractVariant variant)
    {
        Api = api;
        this.services = services;
        Clock = clock;
        Variant = variant;
    }

    public TestApi Api { get; }

    public MovableClock Clock { get; }

    public ContractVariant Variant { get; }

    public string Base => Api.Base;

    public string OrgId { get; private set; } = "";

    public Persona Owner { get; private set; } = null!;

    public Persona Manager { get; private set; } = null!;

    public Persona Sales { get; private set; } = null!;

    public Persona OtherSales { get; private set; } = null!;

    public Persona Viewer { get; private set; } = null!;

    /// <summary>Owner of a second organization.</summary>
    public Persona Outsider { get; private set; } = null!;

    /// <summary>Signed in, member of no organization.</summary>
    public Persona Orgless { get; private set; } = null!;

    /// <summary>A publishable key of the first organization with the single scope <c>companies:read</c>.</summary>
    public string ReadOnlyKey { get; private set; } = "";

    public Persona Anonymous => Api.Anonymous;

    /// <summary>Body-size limit of this API, small so VALIDATION_BODY_TOO_LARGE needs no megabyte.</summary>
    public const long MaxBodyBytes = 16 * 1024;

    public static async Task<ContractApi> StartAsync(DatabaseKind database, ContractVariant variant)
    {
        var clock = new MovableClock();
        var appServices = new AppServices();
        var definition = ContractDefinition.Create(variant.Dialect, variant.StackInDefinition);
        var api = await TestApi.StartAsync(definition, database, services =>
        {
            services.AddSingleton<IStartupFilter>(appServices);
            services.AddSingleton<IStartupFilter, ClientAddresses>();
            services.AddHttpContextAccessor();
            services.ConfigureDbContext<ApiDbContext>(options => options.AddInterceptors(FaultInjection.Interceptors));
            services.AddSingleton<IActionHandler, ThrowingActionHandler>();

            // Full-cost PBKDF2 makes each sign-in ~100 ms; the contract is about bodies, not the work factor.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);
        }, options => new RuntimeOptions
        {
            Definition = options.Definition,
            SigningKey = options.SigningKey,
            Clock = clock,
            MaxBodyBytes = MaxBodyBytes,
            ExposeErrorStack = variant.StackInOptions,
        });
        var contract = new ContractApi(api, appServices, clock, variant);
        await contract.SeedAsync();
        return contract;
    }

    /// <summary>A client address no other request of this API has used, for tests that count per address.</summary>
    public string NewClientAddress() => $"192.0.2.{Interlocked.Increment(ref nextClientAddress)}";

    /// <summary>Creates a record as <paramref name="persona"/> and returns its id.</summary>
    public async Task<string> CreateAsync(Persona persona, string table, object body)
    {
        var created = await Expect.StatusAsync(await persona.PostAsync("/" + table, body), 201);
        return created["id"]!.GetValue<string>();
    }

    /// <summary>
    /// A feedback row of the first organization as an import from an older system leaves it: no owner. The API
    /// never writes one (it sets the owner from the caller), so it goes in through the runtime's data layer.
    /// </summary>
    public async Task<string> InsertUnownedFeedbackAsync(string message)
    {
        using var scope = services.Services!.CreateScope();
        var database = scope.ServiceProvider.GetRequiredService<ApiDbContext>();
        var store = TableStore.For(database, Api.Definition.FindTable("feedback")!);
        var id = Guid.NewGuid();
        var now = Clock.GetUtcNow().UtcDateTime;
        store.NewEntity(new Dictionary<string, object?>
        {
            ["id"] = id,
            ["organizationId"] = Guid.Parse(OrgId),
            ["ownerId"] = null,
            ["message"] = message,
            ["createdAt"] = now,
            ["createdBy"] = "import",
            ["modifiedAt"] = now,
            ["modifiedBy"] = "import",
        });
        await database.SaveChangesAsync();
        return id.ToString();
    }

    public async ValueTask DisposeAsync() => await Api.DisposeAsync();

    private async Task SeedAsync()
    {
        (OrgId, Owner) = await Api.CreateOrganizationAsync("acme");
        Manager = await Api.MemberAsync(OrgId, Owner, "manager");
        Sales = await Api.MemberAsync(OrgId, Owner, "sales");
        OtherSales = await Api.MemberAsync(OrgId, Owner, "sales");
        Viewer = await Api.MemberAsync(OrgId, Owner, "viewer");
        (_, Outsider) = await Api.CreateOrganizationAsync("globex");
        Orgless = await Api.SignUpAsync($"orgless-{Guid.NewGuid():N}@example.test");

        var key = await Owner.PostAsync($"/organizations/{OrgId}/api-keys",
            new { kind = "publishable", scopes = new[] { "companies:read" }, environment = "dev" });
        ReadOnlyKey = (await Expect.StatusAsync(key, 201))["key"]!.GetValue<string>();
    }
}
