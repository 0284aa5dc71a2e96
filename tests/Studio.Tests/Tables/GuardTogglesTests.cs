using ApiStudio.Runtime.Definition;
using ApiStudio.Studio.Tables.Guards;

namespace ApiStudio.Studio.Tests.Tables;

public sealed class GuardTogglesTests
{
    private static TableDefinition Deals => Samples.Crm.FindTable("deals")!;

    [Fact]
    public void Immutable_removes_the_field_from_updatable()
    {
        var guards = GuardToggles.Set(Deals, "title", GuardList.Immutable, on: true).Guards;

        Assert.Contains("title", guards.Immutable);
        Assert.DoesNotContain("title", guards.Updatable);
        Assert.Contains("title", guards.Createable);
    }

    [Fact]
    public void Updatable_removes_the_field_from_immutable()
    {
        var guards = GuardToggles.Set(Deals, "contactId", GuardList.Updatable, on: true).Guards;

        Assert.Contains("contactId", guards.Updatable);
        Assert.DoesNotContain("contactId", guards.Immutable);
    }

    [Fact]
    public void Protected_removes_the_field_from_createable_and_updatable()
    {
        var guards = GuardToggles.Set(Deals, "amount", GuardList.Protected, on: true).Guards;

        Assert.DoesNotContain("amount", guards.Createable);
        Assert.DoesNotContain("amount", guards.Updatable);
        Assert.Empty(guards.Protected["amount"]);
    }

    [Fact]
    public void Createable_on_a_protected_field_lifts_the_protection()
    {
        var guards = GuardToggles.Set(Deals, "stage", GuardList.Createable, on: true).Guards;

        Assert.Contains("stage", guards.Createable);
        Assert.False(guards.Protected.ContainsKey("stage"));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("organizationId")]
    [InlineData("createdAt")]
    public void System_managed_fields_are_never_listed(string field)
    {
        foreach (var list in Enum.GetValues<GuardList>())
        {
            Assert.Same(Deals, GuardToggles.Set(Deals, field, list, on: true));
        }
    }

    [Fact]
    public void Ticking_twice_lists_the_field_once()
    {
        var once = GuardToggles.Set(Deals, "stage", GuardList.Updatable, on: true);

        var twice = GuardToggles.Set(once, "stage", GuardList.Updatable, on: true);

        Assert.Single(twice.Guards.Updatable, f => f == "stage");
    }

    [Fact]
    public void Unticking_removes_only_that_list()
    {
        var guards = GuardToggles.Set(Deals, "title", GuardList.Updatable, on: false).Guards;

        Assert.DoesNotContain("title", guards.Updatable);
        Assert.Contains("title", guards.Createable);
    }

    [Fact]
    public void The_paths_of_a_field_are_every_guard_entry_naming_it()
    {
        var paths = GuardToggles.PathsOf(Deals.Guards, "contactId", "$.tables[2].guards");

        Assert.Equal(["$.tables[2].guards.createable[0]", "$.tables[2].guards.immutable[0]"], paths);
        Assert.Equal(["$.tables[2].guards.protected.stage"], GuardToggles.PathsOf(Deals.Guards, "stage", "$.tables[2].guards"));
    }
}
