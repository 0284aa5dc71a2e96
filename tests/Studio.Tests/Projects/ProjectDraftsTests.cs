using ApiStudio.Studio.Projects;

namespace ApiStudio.Studio.Tests.Projects;

public class ProjectDraftsTests
{
    [Fact]
    public void A_new_list_is_empty() => Assert.Empty(new ProjectDrafts().Names);

    [Fact]
    public void Added_drafts_are_listed_in_the_order_they_were_created()
    {
        var drafts = new ProjectDrafts();

        Assert.True(drafts.TryAdd("billing"));
        Assert.True(drafts.TryAdd("Accounts"));

        Assert.Equal(["billing", "Accounts"], drafts.Names);
    }

    [Fact]
    public void Adding_a_name_that_exists_in_another_case_is_refused_and_keeps_the_list()
    {
        var drafts = new ProjectDrafts();
        drafts.TryAdd("Billing");

        Assert.False(drafts.TryAdd("billing"));
        Assert.Equal(["Billing"], drafts.Names);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2fast")]
    [InlineData("has space")]
    public void Adding_an_invalid_name_throws_with_the_rule_and_adds_nothing(string name)
    {
        var drafts = new ProjectDrafts();

        var error = Assert.Throws<ArgumentException>(() => drafts.TryAdd(name));

        Assert.StartsWith(ProjectName.Rule, error.Message);
        Assert.Empty(drafts.Names);
    }
}
