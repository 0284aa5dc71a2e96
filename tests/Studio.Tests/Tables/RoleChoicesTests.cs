using ApiStudio.Studio.Tables.Access;

namespace ApiStudio.Studio.Tests.Tables;

public sealed class RoleChoicesTests
{
    [Fact]
    public void Choices_are_the_roles_then_the_hierarchy_roles_with_plus_then_PUBLIC() =>
        Assert.Equal(["viewer", "sales", "manager", "admin", "viewer+", "sales+", "manager+", "admin+", "PUBLIC"], RoleChoices.For(Samples.Crm));

    [Fact]
    public void References_already_used_that_are_no_choice_are_kept_at_the_end() =>
        Assert.Equal("ghost", RoleChoices.For(Samples.Crm, ["sales", "ghost"])[^1]);

    [Fact]
    public void A_plus_reference_means_the_role_and_every_role_above_it() =>
        Assert.Equal("manager, admin", RoleChoices.Meaning(Samples.Crm, "manager+"));

    [Fact]
    public void Toggling_keeps_the_order_of_the_choices()
    {
        var order = RoleChoices.For(Samples.Crm);

        Assert.Equal(["sales", "manager+"], RoleChoices.Toggle(["manager+"], "sales", on: true, order));
        Assert.Equal(["manager+"], RoleChoices.Toggle(["sales", "manager+"], "sales", on: false, order));
    }
}
