using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Editor;
using ApiStudio.Studio.Problems;
using ApiStudio.Studio.Tests.Tables;
using Bunit;

namespace ApiStudio.Studio.Tests.Problems;

public sealed class ProblemsPanelTests : DesignerContext
{
    /// <summary>Two errors in deals: an immutable field that is also updatable, and a condition on an unknown column.</summary>
    private void BreakDeals() =>
        Editor.ApplyToTable("deals", "break deals", t => t with
        {
            Guards = t.Guards with { Updatable = [.. t.Guards.Updatable, "contactId"] },
            Access = t.Access with { List = new AccessRule { Roles = ["viewer+"], Record = Condition.Of(new Comparison("ghost", ComparisonOperator.Equal, Operand.String("x"))) } },
        });

    [Fact]
    public void It_lists_every_diagnostic_with_its_code_message_hint_and_path()
    {
        BreakDeals();

        var cut = Render<ProblemsPanel>();

        var items = cut.FindAll("[data-testid=problem-item]");
        Assert.Equal(Editor.Diagnostics.Count, items.Count);
        var immutable = cut.Find($"[data-testid=problem-item][data-code={DiagnosticCodes.GuardImmutableAlsoUpdatable}]");
        Assert.Contains("'contactId' is immutable and updatable at once.", immutable.TextContent);
        Assert.Contains("Remove it from updatable", immutable.TextContent);
        Assert.Contains("$.tables[2].guards.immutable[0]", immutable.TextContent);
    }

    [Fact]
    public void Errors_come_first_and_the_counts_are_per_severity()
    {
        BreakDeals();

        var cut = Render<ProblemsPanel>();

        Assert.Equal("error", cut.FindAll("[data-testid=problem-item] .problem-icon").First().TextContent.Trim());
        Assert.Equal("2 errors", cut.Find("[data-testid=problem-count-error]").GetAttribute("title"));
        var infos = Editor.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
        Assert.Equal($"{infos} info", cut.Find("[data-testid=problem-count-info]").GetAttribute("title"));
    }

    [Fact]
    public void It_updates_as_the_design_changes()
    {
        var cut = Render<ProblemsPanel>();
        Assert.Empty(cut.FindAll($"[data-code={DiagnosticCodes.GuardImmutableAlsoUpdatable}]"));

        BreakDeals();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll($"[data-testid=problem-item][data-code={DiagnosticCodes.GuardImmutableAlsoUpdatable}]")));

        Editor.Undo();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll($"[data-code={DiagnosticCodes.GuardImmutableAlsoUpdatable}]")));
    }

    [Fact]
    public void Clicking_a_diagnostic_moves_the_editor_to_its_table_tab_and_element()
    {
        BreakDeals();
        Location.GoTo(EditorSection.Settings);
        var cut = Render<ProblemsPanel>();

        cut.Find($"[data-testid=problem-item][data-code={DiagnosticCodes.GuardImmutableAlsoUpdatable}]").Click();

        Assert.Equal(EditorSection.Tables, Location.Section);
        Assert.Equal("deals", Location.TableName);
        Assert.Equal(TableTab.Guards, Location.TableTab);
        Assert.Equal("$.tables[2].guards.immutable[0]", Location.FocusPath);
        Assert.Contains("current", cut.Find($"[data-testid=problem-item][data-code={DiagnosticCodes.GuardImmutableAlsoUpdatable}]").ClassName);
    }

    [Fact]
    public void Hiding_a_severity_leaves_the_others_listed()
    {
        BreakDeals();
        Editor.ApplyToTable("deals", "drop delete", t => t with { Access = t.Access with { Delete = null } });
        var cut = Render<ProblemsPanel>();
        Assert.Contains(cut.FindAll("[data-testid=problem-item]"), item => item.GetAttribute("data-code") == DiagnosticCodes.AccessOperationUndefined);

        cut.Find("[data-testid=problem-count-info]").Click();

        var codes = cut.FindAll("[data-testid=problem-item]").Select(item => item.GetAttribute("data-code")).ToList();
        Assert.DoesNotContain(DiagnosticCodes.AccessOperationUndefined, codes);
        Assert.Contains(DiagnosticCodes.GuardImmutableAlsoUpdatable, codes);
    }

    [Fact]
    public void A_valid_design_says_so()
    {
        Editor.Load(Guid.NewGuid(), 1, new ApiDefinition
        {
            Project = new ProjectSettings { Name = "clean" },
            Tables = [Studio.Tables.NewTables.Create("items") with
            {
                Access = new AccessDefinition
                {
                    List = new AccessRule { Roles = ["member"] }, Get = new AccessRule { Roles = ["member"] }, Create = new AccessRule { Roles = ["member"] },
                    Update = new AccessRule { Roles = ["member"] }, Delete = new AccessRule { Roles = ["member"] },
                },
            }],
            Roles = [new RoleDefinition { Name = "member" }],
        });

        var cut = Render<ProblemsPanel>();

        Assert.EndsWith("No problems: the design is valid.", cut.Find("[data-testid=problems-empty]").TextContent.Trim());
    }
}
