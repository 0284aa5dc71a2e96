using ApiStudio.Studio.Problems;

namespace ApiStudio.Studio.Tests.Problems;

public sealed class DiagnosticPathsTests
{
    [Theory]
    [InlineData("$.tables[1]", "$.tables[1]")]
    [InlineData("$.tables[1].guards.createable[3]", "$.tables[1]")]
    [InlineData("$.tables[1].guards.createable[3]", "$.tables[1].guards.createable")]
    [InlineData("$.tables[0].masking['e-mail'].kind", "$.tables[0].masking['e-mail']")]
    public void A_path_lies_within_itself_and_its_ancestors(string path, string prefix) =>
        Assert.True(DiagnosticPaths.IsWithin(path, prefix));

    [Theory]
    [InlineData("$.tables[10]", "$.tables[1]")]
    [InlineData("$.tables[1].columnsX", "$.tables[1].columns")]
    [InlineData("$.tables", "$.tables[1]")]
    [InlineData(null, "$.tables[1]")]
    public void A_sibling_with_a_longer_name_or_index_is_not_within(string? path, string prefix) =>
        Assert.False(DiagnosticPaths.IsWithin(path, prefix));
}
