using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Store;

namespace ApiStudio.Studio.Tests.Store;

public sealed class ProjectStoreTests : IAsyncLifetime
{
    private TemporaryStore store = null!;

    private ProjectStore Projects => store.Projects;

    public async Task InitializeAsync() => store = await TemporaryStore.CreateAsync();

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task Creating_an_empty_project_stores_revision_1_named_after_it()
    {
        var created = await Projects.CreateEmptyAsync("billing");

        Assert.True(created.Succeeded);
        var latest = await Projects.GetLatestAsync(created.Project!.Id);
        Assert.NotNull(latest);
        Assert.Equal(1, latest.Revision.Number);
        Assert.Equal("billing", DefinitionJson.Parse(latest.DefinitionJson).Definition!.Project.Name);
    }

    [Fact]
    public async Task Every_save_is_a_new_revision_and_older_ones_stay_readable()
    {
        var id = await CreateAsync("billing");

        var second = await Projects.SaveAsync(id, 1, WithBasePath("/v2"), "base path v2");
        var third = await Projects.SaveAsync(id, 2, WithBasePath("/v3"), "base path v3");

        Assert.Equal((StoreOutcome.Done, 2), (second.Outcome, second.Revision!.Number));
        Assert.Equal((StoreOutcome.Done, 3), (third.Outcome, third.Revision!.Number));
        Assert.Equal([3, 2, 1], (await Projects.ListRevisionsAsync(id)).Select(r => r.Number));
        Assert.Equal("base path v2", (await Projects.ListRevisionsAsync(id))[1].Message);
        var revision2 = await Projects.GetRevisionAsync(id, 2);
        Assert.Equal("/v2", DefinitionJson.Parse(revision2!.DefinitionJson).Definition!.Project.BasePath);
        Assert.Equal(3, (await Projects.FindAsync(id))!.LatestRevision);
    }

    [Fact]
    public async Task Saving_on_a_stale_base_revision_returns_a_conflict_and_stores_nothing()
    {
        var id = await CreateAsync("billing");
        await Projects.SaveAsync(id, 1, WithBasePath("/first-tab"), "first tab");

        var stale = await Projects.SaveAsync(id, 1, WithBasePath("/second-tab"), "second tab");

        Assert.Equal(StoreOutcome.Conflict, stale.Outcome);
        Assert.Equal(2, stale.Revision!.Number);
        Assert.Equal("first tab", stale.Revision.Message);
        var latest = await Projects.GetLatestAsync(id);
        Assert.Equal("/first-tab", DefinitionJson.Parse(latest!.DefinitionJson).Definition!.Project.BasePath);
        Assert.Equal(2, (await Projects.ListRevisionsAsync(id)).Count);
    }

    [Fact]
    public async Task After_a_conflict_saving_on_the_latest_revision_stores_the_edits_as_a_new_revision()
    {
        var id = await CreateAsync("billing");
        await Projects.SaveAsync(id, 1, WithBasePath("/first-tab"), "first tab");
        var conflict = await Projects.SaveAsync(id, 1, WithBasePath("/second-tab"), "second tab");

        var anyway = await Projects.SaveAsync(id, conflict.Revision!.Number, WithBasePath("/second-tab"), "second tab");

        Assert.Equal((StoreOutcome.Done, 3), (anyway.Outcome, anyway.Revision!.Number));
    }

    [Fact]
    public async Task Two_concurrent_saves_on_the_same_base_store_exactly_one()
    {
        var id = await CreateAsync("billing");

        var results = await Task.WhenAll(
            Task.Run(() => Projects.SaveAsync(id, 1, WithBasePath("/a"), "a")),
            Task.Run(() => Projects.SaveAsync(id, 1, WithBasePath("/b"), "b")));

        Assert.Single(results, r => r.Outcome == StoreOutcome.Done);
        Assert.Single(results, r => r.Outcome == StoreOutcome.Conflict);
        Assert.Equal(2, (await Projects.ListRevisionsAsync(id)).Count);
    }

    [Fact]
    public async Task Saving_a_project_that_was_deleted_returns_not_found()
    {
        var id = await CreateAsync("billing");
        await Projects.DeleteAsync(id);

        var result = await Projects.SaveAsync(id, 1, WithBasePath("/v2"), null);

        Assert.Equal(StoreOutcome.NotFound, result.Outcome);
    }

    [Theory]
    [InlineData("{ \"version\": 1, ")]
    [InlineData("{ \"version\": 1, \"project\": { \"name\": \"x\", \"basePath\": \"no-slash\" } }")]
    [InlineData("{ \"version\": 1, \"unknownField\": true }")]
    public async Task Importing_an_invalid_document_returns_its_diagnostics_and_saves_nothing(string json)
    {
        var result = await Projects.ImportAsync("imported", json, "Imported");

        Assert.Equal(StoreOutcome.DefinitionInvalid, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.IsError);
        Assert.Empty(await Projects.ListAsync());
        Assert.Equal(0L, await store.ScalarAsync("SELECT COUNT(*) FROM revisions"));
    }

    [Fact]
    public async Task Importing_a_sample_stores_it_in_canonical_form()
    {
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", "crm.api.json"));

        var result = await Projects.ImportAsync("crm", json, "Created from sample crm");

        Assert.True(result.Succeeded, result.Error);
        var latest = await Projects.GetLatestAsync(result.Project!.Id);
        var definition = DefinitionJson.Parse(json).Definition!;
        Assert.Equal(DefinitionJson.Serialize(definition), latest!.DefinitionJson);
        Assert.Equal(definition.Tables.Count, result.Project.TableCount);
        Assert.DoesNotContain(DefinitionValidator.Validate(definition), d => d.IsError);
    }

    [Fact]
    public async Task Names_are_unique_ignoring_case()
    {
        await CreateAsync("Billing");

        var again = await Projects.CreateEmptyAsync("billing");

        Assert.Equal(StoreOutcome.NameTaken, again.Outcome);
        Assert.Equal("A project named billing already exists", again.Error);
        Assert.Single(await Projects.ListAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1st")]
    [InlineData("has space")]
    public async Task An_invalid_name_is_refused_with_the_rule(string name)
    {
        var result = await Projects.CreateEmptyAsync(name);

        Assert.Equal(StoreOutcome.NameInvalid, result.Outcome);
        Assert.Equal("Use letters, digits, '-' or '_', starting with a letter", result.Error);
        Assert.Empty(await Projects.ListAsync());
    }

    [Fact]
    public async Task Renaming_changes_the_name_and_keeps_the_revisions()
    {
        var id = await CreateAsync("billing");
        await Projects.SaveAsync(id, 1, WithBasePath("/v2"), null);

        var renamed = await Projects.RenameAsync(id, "invoicing");

        Assert.True(renamed.Succeeded);
        Assert.Equal("invoicing", (await Projects.FindAsync(id))!.Name);
        Assert.Equal(2, (await Projects.ListRevisionsAsync(id)).Count);
    }

    [Fact]
    public async Task Renaming_to_another_case_of_the_same_name_is_allowed_but_to_another_projects_name_is_not()
    {
        var id = await CreateAsync("billing");
        await CreateAsync("accounts");

        Assert.True((await Projects.RenameAsync(id, "Billing")).Succeeded);
        Assert.Equal(StoreOutcome.NameTaken, (await Projects.RenameAsync(id, "ACCOUNTS")).Outcome);
        Assert.Equal("Billing", (await Projects.FindAsync(id))!.Name);
    }

    [Fact]
    public async Task Duplicating_copies_the_latest_revision_into_a_new_project()
    {
        var id = await CreateAsync("billing");
        await Projects.SaveAsync(id, 1, WithBasePath("/v2"), null);

        var copy = await Projects.DuplicateAsync(id, "billing-copy");

        Assert.True(copy.Succeeded);
        var latest = await Projects.GetLatestAsync(copy.Project!.Id);
        Assert.Equal(1, latest!.Revision.Number);
        Assert.Equal("Duplicated from billing revision 2", latest.Revision.Message);
        Assert.Equal("/v2", DefinitionJson.Parse(latest.DefinitionJson).Definition!.Project.BasePath);
        Assert.Equal(2, (await Projects.ListAsync()).Count);
    }

    [Fact]
    public async Task Deleting_removes_the_project_and_its_revisions()
    {
        var id = await CreateAsync("billing");
        await Projects.SaveAsync(id, 1, WithBasePath("/v2"), null);
        var kept = await CreateAsync("accounts");

        Assert.True(await Projects.DeleteAsync(id));

        Assert.Null(await Projects.FindAsync(id));
        Assert.Empty(await Projects.ListRevisionsAsync(id));
        Assert.Equal(kept, Assert.Single(await Projects.ListAsync()).Id);
        Assert.False(await Projects.DeleteAsync(id));
    }

    [Fact]
    public async Task Restoring_a_revision_appends_a_copy_of_it_as_the_latest()
    {
        var id = await CreateAsync("billing");
        await Projects.SaveAsync(id, 1, WithBasePath("/v2"), null);

        var restored = await Projects.RestoreAsync(id, 1);

        Assert.Equal((StoreOutcome.Done, 3), (restored.Outcome, restored.Revision!.Number));
        Assert.Equal("Restored revision 1", restored.Revision.Message);
        var latest = await Projects.GetLatestAsync(id);
        Assert.Equal((await Projects.GetRevisionAsync(id, 1))!.DefinitionJson, latest!.DefinitionJson);
    }

    [Fact]
    public async Task Listing_filters_by_a_search_ignoring_case_and_shows_the_latest_revision_and_table_count()
    {
        var id = await CreateAsync("Billing-API");
        await CreateAsync("accounts");
        var withTable = new ApiDefinition { Tables = [new TableDefinition { Name = "invoices" }] };
        await Projects.SaveAsync(id, 1, withTable, null);

        var found = await Projects.ListAsync("bill");

        var project = Assert.Single(found);
        Assert.Equal(("Billing-API", 2, 1), (project.Name, project.LatestRevision, project.TableCount));
        Assert.Equal(2, (await Projects.ListAsync("  ")).Count);
        Assert.Empty(await Projects.ListAsync("zzz"));
    }

    private async Task<Guid> CreateAsync(string name)
    {
        var created = await Projects.CreateEmptyAsync(name);
        Assert.True(created.Succeeded, created.Error);
        return created.Project!.Id;
    }

    private static ApiDefinition WithBasePath(string basePath) =>
        new() { Project = new ProjectSettings { Name = "billing", BasePath = basePath } };
}
