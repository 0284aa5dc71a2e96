using ApiStudio.Studio.History;

namespace ApiStudio.Studio.Tests.History;

public sealed class LineDiffTests
{
    [Fact]
    public void Identical_texts_have_only_unchanged_lines_numbered_on_both_sides()
    {
        var lines = LineDiff.Compare("a\nb\n", "a\nb\n");

        Assert.All(lines, l => Assert.Equal(DiffLineKind.Unchanged, l.Kind));
        Assert.Equal([(1, 1), (2, 2)], lines.Select(l => (l.OldNumber!.Value, l.NewNumber!.Value)));
    }

    [Fact]
    public void A_changed_line_is_shown_removed_then_added_between_its_neighbours()
    {
        var lines = LineDiff.Compare("a\nb\nc\n", "a\nB\nc\n");

        Assert.Equal(
            ["  a", "- b", "+ B", "  c"],
            lines.Select(Render));
        Assert.Equal((2, null), (lines[1].OldNumber, lines[1].NewNumber));
        Assert.Equal((null, 2), (lines[2].OldNumber, lines[2].NewNumber));
    }

    [Fact]
    public void Insertions_and_deletions_in_several_places_keep_the_longest_common_lines()
    {
        var lines = LineDiff.Compare("a\nb\nc\nd\ne", "x\na\nc\nd\ny\ne");

        Assert.Equal(["+ x", "  a", "- b", "  c", "  d", "+ y", "  e"], lines.Select(Render));
    }

    [Fact]
    public void An_empty_side_makes_every_line_added_or_removed()
    {
        Assert.Equal(["+ a", "+ b"], LineDiff.Compare("", "a\nb").Select(Render).Where(l => l != "- ").ToArray());
        Assert.Equal(["- a"], LineDiff.Compare("a\n", "\n").Select(Render).Where(l => l != "+ ").ToArray());
    }

    [Fact]
    public void A_middle_too_large_for_the_table_is_shown_removed_then_added_without_losing_lines()
    {
        var before = Enumerable.Range(0, 2100).Select(i => $"old {i}").ToList();
        var after = Enumerable.Range(0, 2100).Select(i => $"new {i}").ToList();

        var lines = LineDiff.Compare(before, after);

        Assert.Equal(4200, lines.Count);
        Assert.All(lines.Take(2100), l => Assert.Equal(DiffLineKind.Removed, l.Kind));
        Assert.All(lines.Skip(2100), l => Assert.Equal(DiffLineKind.Added, l.Kind));
    }

    private static string Render(DiffLine line) => line.Kind switch
    {
        DiffLineKind.Added => "+ " + line.Text,
        DiffLineKind.Removed => "- " + line.Text,
        _ => "  " + line.Text,
    };
}
