using ApiStudio.Studio.Editor;
using ApiStudio.Studio.Problems;
using ApiStudio.Studio.Tests.Tables;
using Bunit;

namespace ApiStudio.Studio.Tests.Problems;

public sealed class FocusTargetTests : DesignerContext
{
    [Fact]
    public void The_element_is_highlighted_and_focused_when_the_focus_path_lies_within_it()
    {
        var cut = Render<FocusTarget>(p => p.Add(t => t.Path, "$.tables[2].guards.immutable[0]"));
        Assert.DoesNotContain("is-focused", cut.Find("div").ClassName);

        Open("deals", TableTab.Guards, "$.tables[2].guards.immutable[0]");

        cut.WaitForAssertion(() => Assert.Contains("is-focused", cut.Find("div").ClassName));
        Assert.Single(JSInterop.Invocations, i => i.Identifier.Contains("focus", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void An_exact_target_ignores_paths_inside_it()
    {
        var cut = Render<FocusTarget>(p => p.Add(t => t.Path, "$.tables[2].columns").Add(t => t.Exact, true));

        Open("deals", TableTab.Columns, "$.tables[2].columns[1].name");

        Assert.DoesNotContain("is-focused", cut.Find("div").ClassName);
    }
}
