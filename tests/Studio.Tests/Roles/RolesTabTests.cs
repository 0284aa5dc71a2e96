using ApiStudio.Runtime.Definition;
using ApiStudio.Studio.Roles;
using ApiStudio.Studio.Tests.Projects;
using Bunit;
using Radzen.Blazor;

namespace ApiStudio.Studio.Tests.Roles;

public sealed class RolesTabTests : StudioComponentContext
{
    private static readonly ApiDefinition ThreeRoles = new()
    {
        Project = new ProjectSettings { Name = "shop" },
        Roles = [new RoleDefinition { Name = "member" }, new RoleDefinition { Name = "admin" }, new RoleDefinition { Name = "owner" }],
        RoleHierarchy = ["member", "admin", "owner"],
    };

    [Fact]
    public void Adding_a_role_appends_it_to_the_roles_and_the_top_of_the_hierarchy()
    {
        LoadIntoEditor(ThreeRoles);
        var cut = Render<RolesTab>();

        cut.Find("input[data-testid=new-role-name]").Input("auditor");
        cut.Find("input[data-testid=new-role-description]").Input("Reads the audit log.");
        cut.Find("form").Submit();

        var added = Editor.Definition.Roles[^1];
        Assert.Equal(("auditor", "Reads the audit log."), (added.Name, added.Description));
        Assert.Equal(["member", "admin", "owner", "auditor"], Editor.Definition.RoleHierarchy);
        Assert.Equal("Add role auditor", Editor.UndoDescription);
        Assert.Equal("", cut.Find("input[data-testid=new-role-name]").GetAttribute("value"));
        Assert.Equal(["member", "admin", "owner", "auditor"], RowOrder(cut));
    }

    [Theory]
    [InlineData("2nd", "Use letters, digits, '-' or '_', starting with a letter, at most 63 characters.")]
    [InlineData("admin", "A role named admin already exists.")]
    [InlineData("PUBLIC", "PUBLIC is built in: it means anyone, signed in or not.")]
    public void A_name_that_cannot_be_used_says_why_as_typed_and_adds_nothing(string name, string message)
    {
        LoadIntoEditor(ThreeRoles);
        var cut = Render<RolesTab>();

        cut.Find("input[data-testid=new-role-name]").Input(name);

        Assert.Equal(message, cut.Find("[data-testid=new-role-error]").TextContent.Trim());
        Assert.True(cut.Find("button[data-testid=add-role]").HasAttribute("disabled"));
        cut.Find("form").Submit();
        Assert.Equal(3, Editor.Definition.Roles.Count);
    }

    [Fact]
    public void Removing_an_unused_role_takes_it_out_of_the_roles_and_the_hierarchy()
    {
        LoadIntoEditor(ThreeRoles);
        var cut = Render<RolesTab>();

        Row(cut, "admin").QuerySelector("button[data-testid=role-remove]")!.Click();

        Assert.Equal(["member", "owner"], Editor.Definition.Roles.Select(r => r.Name));
        Assert.Equal(["member", "owner"], Editor.Definition.RoleHierarchy);
        Assert.Equal(["member", "owner"], RowOrder(cut));
    }

    [Fact]
    public void Removing_a_role_that_rules_name_asks_first_and_cancel_keeps_it()
    {
        LoadIntoEditor(ThreeRoles with
        {
            Tables = [new TableDefinition { Name = "items", Access = new AccessDefinition { List = new AccessRule { Roles = ["admin+"] } } }],
        });
        var dialogs = Render<RadzenDialog>();
        var cut = Render<RolesTab>();

        Row(cut, "admin").QuerySelector("button[data-testid=role-remove]")!.Click();

        dialogs.WaitForAssertion(() => Assert.Contains("1 rule names admin", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Contains("Cancel")).Click();
        Assert.Equal(3, Editor.Definition.Roles.Count);
    }

    [Fact]
    public void Moving_a_role_higher_swaps_it_with_the_next_one_in_the_hierarchy()
    {
        LoadIntoEditor(ThreeRoles);
        var cut = Render<RolesTab>();

        Row(cut, "member").QuerySelector("button[data-testid=role-move-down]")!.Click();

        Assert.Equal(["admin", "member", "owner"], Editor.Definition.RoleHierarchy);
        Assert.Equal(["admin", "member", "owner"], RowOrder(cut));
        Assert.Equal("2", Row(cut, "member").QuerySelector("[data-testid=role-rank]")!.TextContent);
    }

    [Fact]
    public void The_lowest_role_cannot_move_lower_nor_the_highest_higher()
    {
        LoadIntoEditor(ThreeRoles);
        var cut = Render<RolesTab>();

        Assert.True(Row(cut, "member").QuerySelector("button[data-testid=role-move-up]")!.HasAttribute("disabled"));
        Assert.True(Row(cut, "owner").QuerySelector("button[data-testid=role-move-down]")!.HasAttribute("disabled"));
    }

    [Fact]
    public void A_role_taken_out_of_the_hierarchy_stays_a_role_and_is_listed_after_the_ranked_ones()
    {
        LoadIntoEditor(ThreeRoles);
        var cut = Render<RolesTab>();

        Row(cut, "member").QuerySelector("[data-testid=role-in-hierarchy]")!.Click();

        Assert.Equal(["admin", "owner"], Editor.Definition.RoleHierarchy);
        Assert.Equal(3, Editor.Definition.Roles.Count);
        Assert.Equal(["admin", "owner", "member"], RowOrder(cut));
        Assert.Equal("—", Row(cut, "member").QuerySelector("[data-testid=role-rank]")!.TextContent);
    }

    [Fact]
    public void Renaming_a_role_in_its_row_renames_it_everywhere_once_committed()
    {
        LoadIntoEditor(ThreeRoles with
        {
            Tables = [new TableDefinition { Name = "items", Access = new AccessDefinition { List = new AccessRule { Roles = ["admin+"] } } }],
        });
        var cut = Render<RolesTab>();
        var box = Row(cut, "admin").QuerySelector("input[data-testid=role-name]")!;

        box.Input("manager");
        Assert.Equal("admin", Editor.Definition.Roles[1].Name);
        box.KeyDown("Enter");

        Assert.Equal("manager", Editor.Definition.Roles[1].Name);
        Assert.Equal(["member", "manager", "owner"], Editor.Definition.RoleHierarchy);
        Assert.Equal(["manager+"], Editor.Definition.Tables[0].Access.List!.Roles);
    }

    [Fact]
    public void A_rename_to_a_taken_name_shows_why_and_is_not_committed()
    {
        LoadIntoEditor(ThreeRoles);
        var cut = Render<RolesTab>();
        var box = Row(cut, "admin").QuerySelector("input[data-testid=role-name]")!;

        box.Input("owner");
        box.KeyDown("Enter");

        Assert.Equal("A role named owner already exists.", cut.Find("[data-testid=role-name-error]").TextContent.Trim());
        Assert.Equal("admin", Editor.Definition.Roles[1].Name);
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<RolesTab> cut, string role) =>
        cut.Find($"[data-testid=role-row][data-role={role}]");

    private static string[] RowOrder(IRenderedComponent<RolesTab> cut) =>
        cut.FindAll("[data-testid=role-row]").Select(r => r.GetAttribute("data-role")!).ToArray();
}
